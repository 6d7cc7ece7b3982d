/**
 * The one guard. Pages, server actions and route handlers all come through
 * here: who is signed in (fresh from the database), and whether their role's
 * permissions (./permissions.ts) allow what they ask.
 */
import 'server-only'

import { forbidden, redirect, unstable_rethrow } from 'next/navigation'
import { cache } from 'react'

import { auth } from './auth'
import { authorize } from './authorize'
import { AppError, errorResponse, unavailableMessage } from '@/lib/errors'
import { can, type Permission } from './permissions'
import type { Viewer } from './viewer'

/** Once per request, however many components ask. Throws 'unavailable' while the database cannot say who is signed in. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth()
  if (session?.isDatabaseUnavailable) throw new AppError('unavailable', unavailableMessage)
  return session?.viewer ?? null
})

/** For pages: sends a signed-out visitor to sign in (and back), a signed-in one without the permission to the 403 page. */
export async function requirePageViewer(returnTo: string, permission?: Permission): Promise<Viewer> {
  const viewer = await getViewer()
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`)
  if (permission && !can(viewer.role, permission)) forbidden()
  return viewer
}

/**
 * For route handlers anyone may call: whatever the handler throws becomes its
 * status here (lib/errors.ts), so no route maps errors, or forgets to.
 */
export async function withPublicApi(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler()
  } catch (error) {
    // Next's own control flow (notFound(), redirects, dynamic rendering) is not a failure.
    unstable_rethrow(error)
    return errorResponse(error)
  }
}

/**
 * For route handlers: the viewer, or a JSON 401/403 response. What comes back
 * depends on who asks, so no cache may keep or share it.
 */
export async function withApiViewer(permission: Permission | undefined, handler: (viewer: Viewer) => Promise<Response>): Promise<Response> {
  const response = await withPublicApi(async () => handler(authorize(await getViewer(), permission)))
  response.headers.set('Cache-Control', 'private, no-store')
  response.headers.set('Vary', 'Cookie')
  return response
}
