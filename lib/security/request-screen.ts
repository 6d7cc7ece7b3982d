/**
 * Requests refused before Next.js handles them, because Next itself would
 * answer them with a 500: a path segment that is not valid UTF-8 once
 * decoded (Next decodes dynamic segments before any page runs), a method the
 * runtime cannot represent (TRACE), and server-action posts that are not the
 * form data a browser sends (Next throws while decoding them). The proxy
 * asks `screenRequest` first; null lets the request through.
 */
import type { NextRequest } from 'next/server'

/**
 * As Next's serverActions.bodySizeLimit in next.config.ts (3 MB, for a statuses
 * spreadsheet of up to 2 MB as form data), which Next enforces by throwing.
 */
export const MAX_ACTION_BODY_BYTES = 3 * 1024 * 1024

const ALLOWED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

export type Refusal = { status: number; message: string; headers?: Record<string, string> }

/** Whether every segment of a raw (percent-encoded) path decodes to text. */
export function hasDecodablePath(rawPath: string): boolean {
  try {
    for (const segment of rawPath.split('/')) decodeURIComponent(segment)
    return true
  } catch {
    return false
  }
}

/** Whether an Origin header names the host the request came to ("null", from a sandboxed page or a file, names none). */
export function isSameOrigin(origin: string, host: string | null): boolean {
  try {
    return host !== null && new URL(origin).host === host
  } catch {
    return false
  }
}

export function screenHeaders(request: Pick<NextRequest, 'method' | 'headers'> & { pathname: string }): Refusal | null {
  if (!ALLOWED_METHODS.has(request.method)) {
    return { status: 405, message: `${request.method} is not allowed.`, headers: { Allow: [...ALLOWED_METHODS].join(', ') } }
  }
  if (!hasDecodablePath(request.pathname)) return { status: 400, message: 'This address is not valid.' }
  // Page POSTs are server actions (with a Next-Action header from a script, without one from a form without JavaScript).
  if (request.method !== 'POST' || request.pathname.startsWith('/api/')) return null
  const headers = request.headers
  const origin = headers.get('origin')
  // Next refuses a foreign origin too, but by throwing; the client is told why.
  if (origin !== null && !isSameOrigin(origin, headers.get('x-forwarded-host') ?? headers.get('host'))) {
    return { status: 403, message: 'This form was sent from another site.' }
  }
  const length = headers.get('content-length')
  if (length !== null && Number(length) > MAX_ACTION_BODY_BYTES) return { status: 413, message: 'The form is larger than 3 MB.' }
  const isAction = headers.has('next-action')
  const contentType = headers.get('content-type') ?? ''
  const isMultipart = /^multipart\/form-data\s*;\s*boundary=/i.test(contentType)
  // React sends an action's arguments as multipart form data, or as JSON text when none of them is a form
  // (an action that takes no arguments); Next reads anything else another way, which no page here sends.
  if (isAction && !isMultipart && !/^text\/plain\b/i.test(contentType)) {
    return { status: 415, message: 'A form must be sent as multipart/form-data.' }
  }
  if ((isAction || isMultipart) && length === null) return { status: 411, message: 'A form must say how long it is.' }
  return null
}

/** Whether a server action's arguments are what Next expects before it looks at them: a JSON list. */
function isArgumentList(json: unknown): boolean {
  if (typeof json !== 'string') return false
  try {
    return Array.isArray(JSON.parse(json))
  } catch {
    return false
  }
}

/**
 * A multipart body that does not parse (wrong boundary, empty, cut short) is refused here rather than thrown at
 * by Next; so is a server action's whose arguments (React's encoding: a JSON list, in the field "0" of a form
 * or as the whole body) are not a JSON list.
 */
export async function screenBody(request: Request): Promise<Refusal | null> {
  if (request.method !== 'POST' || new URL(request.url).pathname.startsWith('/api/')) return null
  const isAction = request.headers.has('next-action')
  const contentType = request.headers.get('content-type') ?? ''
  const isMultipart = /^multipart\/form-data/i.test(contentType)
  if (!isAction && !isMultipart) return null
  const unreadable = { status: 400, message: 'The form could not be read.' }
  try {
    const body = await request.clone().arrayBuffer()
    if (body.byteLength > MAX_ACTION_BODY_BYTES) return { status: 413, message: 'The form is larger than 3 MB.' }
    if (!isMultipart) return isArgumentList(new TextDecoder().decode(body)) ? null : unreadable
    const form = await new Response(body, { headers: { 'content-type': contentType } }).formData()
    return !isAction || isArgumentList(form.get('0')) ? null : unreadable
  } catch {
    return unreadable
  }
}
