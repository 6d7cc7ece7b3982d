/**
 * Sign-in throttling, counted in the database so that several app instances
 * share one count. Failures are counted per account and source together, per
 * source, and per account from every source. The first two are low: a guesser
 * is stopped at their own address, and the owner, signing in from another,
 * is not locked out by them. The third is high: it stops guessing spread
 * over many sources, which no single person can cause by mistyping.
 */
import type { Prisma } from '@/lib/generated/prisma/client'

type Queryable = Prisma.TransactionClient

export const SIGN_IN_THROTTLE = {
  windowMs: 15 * 60 * 1000,
  /** Failed attempts on one account from one source within the window. */
  maxFailuresPerAccountAndIp: 5,
  /** Failed attempts from one source (any accounts) within the window. */
  maxFailuresPerIp: 30,
  /** Failed attempts on one account from all sources within the window. */
  maxFailuresPerAccount: 100,
}

export type ThrottleSettings = typeof SIGN_IN_THROTTLE

export async function isSignInThrottled(
  db: Queryable,
  attempt: { email: string; ip: string },
  now = new Date(),
  settings: ThrottleSettings = SIGN_IN_THROTTLE,
): Promise<boolean> {
  const failed = { succeeded: false, createdAt: { gt: new Date(now.getTime() - settings.windowMs), lte: now } }
  const [pairFailures, ipFailures, accountFailures] = await Promise.all([
    db.signInAttempt.count({ where: { email: attempt.email, ip: attempt.ip, ...failed } }),
    db.signInAttempt.count({ where: { ip: attempt.ip, ...failed } }),
    db.signInAttempt.count({ where: { email: attempt.email, ...failed } }),
  ])
  return (
    pairFailures >= settings.maxFailuresPerAccountAndIp ||
    ipFailures >= settings.maxFailuresPerIp ||
    accountFailures >= settings.maxFailuresPerAccount
  )
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
