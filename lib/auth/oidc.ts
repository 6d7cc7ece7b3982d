/**
 * An optional OpenID Connect provider, for an organisation's own sign-in.
 * Switched on by OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET. It signs
 * in only people the workspace already knows (by verified email): access is
 * granted by invitation, not by the identity provider.
 */
import type { Provider } from 'next-auth/providers'

import type { Db } from '@/lib/db'
import { getEnv } from '@/lib/env'

import { normaliseEmail } from './authenticate'

export const OIDC_PROVIDER_ID = 'oidc'

export function oidcProvider(env = getEnv()): Provider[] {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return []
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: env.OIDC_NAME ?? 'your organisation',
      type: 'oidc',
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      checks: ['pkce', 'state', 'nonce'],
    },
  ]
}

export function isOidcEnabled(env = getEnv()): boolean {
  return oidcProvider(env).length > 0
}

export async function resolveOidcSignIn(db: Db, profile: { email?: unknown; email_verified?: unknown } | undefined) {
  // Only an address the provider vouches for: many let users set their own email claim.
  if (typeof profile?.email !== 'string' || profile.email_verified !== true) return null
  const user = await db.user.findUnique({
    where: { email: normaliseEmail(profile.email) },
    select: { id: true, deactivatedAt: true, sessionVersion: true },
  })
  if (!user || user.deactivatedAt) return null
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } })
  return { userId: user.id, sessionVersion: user.sessionVersion }
}
