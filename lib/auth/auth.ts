/**
 * Auth.js (next-auth v5): email and password, plus an OpenID Connect provider
 * when configured. Sessions are signed JWT cookies (HttpOnly, SameSite=Lax,
 * Secure over HTTPS), re-checked against the database on every request.
 */
import 'server-only'

import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'

import { getDb } from '@/lib/db'
import { getEnv } from '@/lib/env'
import { isAppError, toAppError } from '@/lib/errors'

import { authenticate } from './authenticate'
import { clientIp } from './client-ip'
import { oidcProvider, resolveOidcSignIn } from './oidc'
import { loadViewer, type Viewer } from './viewer'

declare module 'next-auth' {
  interface User {
    sessionVersion?: number
  }
  interface Session {
    viewer?: Viewer
    /** The viewer could not be checked because the database is unavailable: not signed out, but not known either. */
    isDatabaseUnavailable?: boolean
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    sessionVersion?: number
    signedInAt?: number
    viewer?: Viewer
    isDatabaseUnavailable?: boolean
  }
}

/** A session ends after 8 hours without activity, and 24 hours after sign-in in any case. */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60
export const SESSION_ABSOLUTE_SECONDS = 24 * 60 * 60

class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled'
}

const config: NextAuthConfig = {
  logger: {
    // A wrong password is an everyday event with its own answer on the form, not a server error.
    error(error) {
      if (error instanceof CredentialsSignin) return
      console.error(`[auth] ${error.name}: ${error.message}`)
    },
  },
  session: { strategy: 'jwt', maxAge: SESSION_IDLE_SECONDS, updateAge: 5 * 60 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authenticate(getDb(), {
          email: typeof credentials.email === 'string' ? credentials.email : '',
          password: typeof credentials.password === 'string' ? credentials.password : '',
          ip: clientIp(request.headers, getEnv().TRUSTED_PROXY_HOPS),
        })
        if (!result.ok) {
          if (result.reason === 'throttled') throw new ThrottledSignIn()
          return null
        }
        return { id: result.userId, sessionVersion: result.sessionVersion }
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    async signIn({ account, profile, user }) {
      if (account?.type !== 'oidc') return true
      // Only people the workspace already knows may sign in through their organisation.
      const known = await resolveOidcSignIn(getDb(), profile)
      if (!known) return '/sign-in?error=AccessDenied'
      user.id = known.userId
      user.sessionVersion = known.sessionVersion
      return true
    },
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id
        token.sessionVersion = user.sessionVersion ?? 0
        token.signedInAt = Date.now()
      }
      if (!token.signedInAt || Date.now() - token.signedInAt > SESSION_ABSOLUTE_SECONDS * 1000) return null
      // Every request: a deactivated user or a changed password ends the session at once.
      let viewer: Viewer | null
      try {
        viewer = token.sub ? await loadViewer(getDb(), token.sub, token.sessionVersion ?? -1) : null
      } catch (error) {
        // Auth.js would swallow the error and answer "no session": the person would be sent to sign in, or told
        // they are signed out, during a database outage. Keep the session and say why it cannot be read (guard.ts).
        if (!isAppError(toAppError(error), 'unavailable')) throw error
        return { ...token, viewer: undefined, isDatabaseUnavailable: true }
      }
      if (!viewer) return null
      return { ...token, viewer, isDatabaseUnavailable: undefined }
    },
    session({ session, token }) {
      return { ...session, viewer: token.viewer, isDatabaseUnavailable: token.isDatabaseUnavailable }
    },
  },
}

export const { handlers, auth, signIn, signOut } = NextAuth(config)
