/**
 * Checking an email and password. One answer for an unknown email, a wrong
 * password and a deactivated account, so the form reveals no accounts.
 */
import type { Db } from '@/lib/db'
import { isStorableText } from '@/lib/validation/text'

import { verifyAgainstDummy, verifyPassword } from './passwords'
import { isSignInThrottled, recordSignInAttempt, SIGN_IN_THROTTLE, type ThrottleSettings } from './throttle'

export type AuthenticationResult = { ok: true; userId: string; sessionVersion: number } | { ok: false; reason: 'invalid' | 'throttled' }

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

export async function authenticate(
  db: Db,
  credentials: { email: string; password: string; ip: string },
  now = new Date(),
  settings: ThrottleSettings = SIGN_IN_THROTTLE,
): Promise<AuthenticationResult> {
  const email = normaliseEmail(credentials.email).slice(0, 320)
  const ip = credentials.ip.slice(0, 64)
  // Auth.js's own endpoint reaches here without the form's schema: text Postgres cannot store names no account.
  if (!isStorableText(email) || !isStorableText(ip)) return { ok: false, reason: 'invalid' }
  const result = await db.$transaction(
    async (tx): Promise<AuthenticationResult> => {
      // One attempt per account at a time: parallel guesses cannot all pass
      // the count before any of them is recorded.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${email}`}))`
      if (await isSignInThrottled(tx, { email, ip }, now, settings)) return { ok: false, reason: 'throttled' }

      const user = await tx.user.findUnique({
        where: { email },
        select: { id: true, passwordHash: true, deactivatedAt: true, sessionVersion: true },
      })
      const isValid = user?.passwordHash
        ? await verifyPassword(user.passwordHash, credentials.password)
        : await verifyAgainstDummy(credentials.password)
      const succeeded = Boolean(user && isValid && !user.deactivatedAt)
      await recordSignInAttempt(tx, { email, ip, succeeded }, now, settings)
      if (!user || !succeeded) return { ok: false, reason: 'invalid' }
      return { ok: true, userId: user.id, sessionVersion: user.sessionVersion }
    },
    { timeout: 15_000, maxWait: 15_000 },
  )
  if (result.ok) await db.user.update({ where: { id: result.userId }, data: { lastSignInAt: now } })
  return result
}
