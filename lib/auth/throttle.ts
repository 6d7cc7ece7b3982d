/**
 * Sign-in throttling, per account and per IP, counted in the database so that
 * several app instances share one count.
 */
import type { Prisma } from '@/lib/generated/prisma/client'

type Queryable = Prisma.TransactionClient

export const SIGN_IN_THROTTLE = {
  windowMs: 15 * 60 * 1000,
  /** Failed attempts on one account within the window before it is throttled. */
  maxFailuresPerAccount: 5,
  /** Failed attempts from one IP (any accounts) within the window. */
  maxFailuresPerIp: 30,
}

export type ThrottleSettings = typeof SIGN_IN_THROTTLE

export async function isSignInThrottled(
  db: Queryable,
  attempt: { email: string; ip: string },
  now = new Date(),
  settings: ThrottleSettings = SIGN_IN_THROTTLE,
): Promise<boolean> {
  const since = new Date(now.getTime() - settings.windowMs)
  const [accountFailures, ipFailures] = await Promise.all([
    db.signInAttempt.count({ where: { email: attempt.email, succeeded: false, createdAt: { gt: since, lte: now } } }),
    db.signInAttempt.count({ where: { ip: attempt.ip, succeeded: false, createdAt: { gt: since, lte: now } } }),
  ])
  return accountFailures >= settings.maxFailuresPerAccount || ipFailures >= settings.maxFailuresPerIp
}

export async function recordSignInAttempt(
  db: Queryable,
  attempt: { email: string; ip: string; succeeded: boolean },
  now = new Date(),
  settings: ThrottleSettings = SIGN_IN_THROTTLE,
) {
  await db.signInAttempt.create({ data: { ...attempt, createdAt: now } })
  // Attempts older than the window count for nothing: keep the table small.
  await db.signInAttempt.deleteMany({ where: { email: attempt.email, createdAt: { lt: new Date(now.getTime() - settings.windowMs) } } })
}
