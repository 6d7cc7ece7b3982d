/**
 * Runs before every page: a fresh nonce per request for the Content Security
 * Policy (Next.js reads it from the request's policy header and puts it on its
 * own scripts), HSTS when the app is served over HTTPS, and, through Auth.js's
 * wrapper, a refreshed session cookie, so a session ends after 8 idle hours
 * rather than 8 hours after sign-in.
 */
import { NextResponse, type NextRequest } from 'next/server'

import { auth } from '@/lib/auth/auth'
import { contentSecurityPolicy, signInFormTargets } from '@/lib/security/content-security-policy'

export const proxy = auth((request: NextRequest) => {
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

export const config = {
  matcher: [
    {
      // Pages only: API answers are JSON and static files carry no scripts.
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
