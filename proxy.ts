/**
 * Runs before every request. First it refuses what Next.js would answer with
 * a 500 (lib/security/request-screen.ts): undecodable paths, TRACE, server-action
 * posts that are not a browser's form data, too large or from another site.
 * Then, for pages: a fresh nonce per request for the Content Security
 * Policy (Next.js reads it from the request's policy header and puts it on its
 * own scripts), HSTS when the app is served over HTTPS, and, through Auth.js's
 * wrapper, a refreshed session cookie, so a session ends after 8 idle hours
 * rather than 8 hours after sign-in.
 */
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server'

import { auth } from '@/lib/auth/auth'
import { contentSecurityPolicy, signInFormTargets } from '@/lib/security/content-security-policy'
import { screenBody, screenHeaders, type Refusal } from '@/lib/security/request-screen'

const pageProxy = auth((request: NextRequest) => {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = contentSecurityPolicy(nonce, {
    isDevelopment: process.env.NODE_ENV === 'development',
    formTargets: signInFormTargets(process.env.OIDC_ISSUER),
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', policy)

  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  const isHttps = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https'
  if (isHttps) response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains')
  return response
})

function refuse(refusal: Refusal, isApi: boolean): Response {
  const headers = { 'Cache-Control': 'no-store', ...refusal.headers }
  return isApi
    ? Response.json({ error: refusal.message }, { status: refusal.status, headers })
    : new Response(refusal.message, { status: refusal.status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } })
}

function isPrefetch(request: NextRequest): boolean {
  return request.headers.has('next-router-prefetch') || request.headers.get('purpose') === 'prefetch'
}

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const pathname = request.nextUrl.pathname
  const isApi = pathname.startsWith('/api/')
  const refusal = screenHeaders({ method: request.method, headers: request.headers, pathname }) ?? (await screenBody(request))
  if (refusal) return refuse(refusal, isApi)
  // API answers are JSON and carry no scripts; prefetches are not pages a person opens.
  if (isApi || isPrefetch(request)) return NextResponse.next()
  return pageProxy(request, event as never)
}

export const config = {
  // Static files carry no scripts and are never decoded as dynamic segments.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
