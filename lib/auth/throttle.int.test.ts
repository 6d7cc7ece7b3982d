/**
 * Sign-in throttling against the database: 5 failures per account and source,
 * 30 per source and 100 per account within 15 minutes (SIGN_IN_THROTTLE). Every test passes its own `now`
 * and its own IP, so tests (and other files) do not count each other's attempts.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { authenticate } from '@/lib/auth/authenticate'
import { SIGN_IN_THROTTLE } from '@/lib/auth/throttle'
import { useTestDb } from '@/lib/testing/db'
import { createDelegation, createUser, randomSuffix } from '@/lib/testing/factories'

describe('sign-in throttling', () => {
  const db = useTestDb()

  const MINUTE = 60 * 1000
  const INVALID = { ok: false, reason: 'invalid' }
  const THROTTLED = { ok: false, reason: 'throttled' }

  let delegationCode: string

  const newIp = () => `192.0.2.${randomSuffix(6)}`
  const at = (start: Date, ms: number) => new Date(start.getTime() + ms)

  beforeAll(async () => {
    delegationCode = (await createDelegation(db)).code
  })

  describe('sign-in throttle', () => {
    it('is set to 5 failures per account and source, 30 per source and 100 per account within 15 minutes', () => {
      expect(SIGN_IN_THROTTLE).toEqual({
        windowMs: 15 * MINUTE,
        maxFailuresPerAccountAndIp: 5,
        maxFailuresPerIp: 30,
        maxFailuresPerAccount: 100,
      })
    })

    it('refuses an account from a source after 5 wrong passwords there, even the right one, until the window has passed', async () => {
      const user = await createUser(db, 'delegate', { delegationCode })
      const ip = newIp()
      const start = new Date('2017-11-20T09:00:00Z')

      const results = []
      for (let attempt = 0; attempt < 10; attempt++) {
        // Ten wrong passwords within a minute.
        results.push(await authenticate(db, { email: user.email, password: `wrong-${attempt}`, ip }, at(start, attempt * 5_000)))
      }
      expect(results).toEqual([...Array(5).fill(INVALID), ...Array(5).fill(THROTTLED)])

      // The right password from that source during the window: refused.
      expect(await authenticate(db, { email: user.email, password: user.password, ip }, at(start, MINUTE))).toEqual(THROTTLED)
      // The same account under another spelling of its email is the same account.
      expect(
        await authenticate(db, { email: ` ${user.email.toUpperCase()} `, password: user.password, ip }, at(start, 2 * MINUTE)),
      ).toEqual(THROTTLED)

      // 16 minutes after the failures, the right password works again from there.
      expect(await authenticate(db, { email: user.email, password: user.password, ip }, at(start, 16 * MINUTE))).toEqual({
        ok: true,
        userId: user.id,
        sessionVersion: user.sessionVersion,
      })
    })

    it("an attacker's 20 wrong passwords from one source do not stop the owner signing in from another", async () => {
      const user = await createUser(db, 'focal_point', { delegationCode })
      const attacker = newIp()
      const owner = newIp()
      const start = new Date('2017-11-20T12:00:00Z')
      const attacks = []
      for (let attempt = 0; attempt < 20; attempt++) {
        attacks.push(await authenticate(db, { email: user.email, password: `guess-${attempt}`, ip: attacker }, at(start, attempt * 1_000)))
      }
      // Only 5 of the 20 guesses were checked at all.
      expect(attacks.filter((result) => !result.ok && result.reason === 'invalid')).toHaveLength(5)
      expect(await authenticate(db, { email: user.email, password: user.password, ip: owner }, at(start, 30_000))).toMatchObject({
        ok: true,
      })
      // The owner mistyping a few times from their own source is still fine.
      for (let attempt = 0; attempt < 3; attempt++) {
        expect(await authenticate(db, { email: user.email, password: 'typo', ip: owner }, at(start, 40_000 + attempt))).toEqual(INVALID)
      }
      expect(await authenticate(db, { email: user.email, password: user.password, ip: owner }, at(start, 50_000))).toMatchObject({
        ok: true,
      })
      // The attacker's source stays refused, whatever it sends.
      expect(await authenticate(db, { email: user.email, password: user.password, ip: attacker }, at(start, 60_000))).toEqual(THROTTLED)
    })

    it('throttles an account guessed at from many sources once 100 failures add up, for every source, until the window has passed', async () => {
      const user = await createUser(db, 'focal_point', { delegationCode })
      const start = new Date('2017-11-20T15:00:00Z')
      // A distributed guesser: 25 sources, 4 guesses each, each under its own source's limit.
      const sources = Array.from({ length: 25 }, newIp)
      const guesses = sources.flatMap((ip) => Array.from({ length: 4 }, (_, index) => ({ ip, password: `guess-${index}` })))
      await db.signInAttempt.createMany({
        data: guesses.map(({ ip }, index) => ({ email: user.email, ip, succeeded: false, createdAt: at(start, index * 1_000) })),
      })
      const owner = newIp()
      expect(await authenticate(db, { email: user.email, password: user.password, ip: owner }, at(start, 120_000))).toEqual(THROTTLED)
      expect(await authenticate(db, { email: user.email, password: user.password, ip: owner }, at(start, 17 * MINUTE))).toMatchObject({
        ok: true,
      })
    })

    it('does not throttle an account below 5 failures', async () => {
      const user = await createUser(db, 'focal_point', { delegationCode })
      const ip = newIp()
      const start = new Date('2017-11-21T09:00:00Z')
      for (let attempt = 0; attempt < 4; attempt++) {
        expect(await authenticate(db, { email: user.email, password: 'wrong-password', ip }, at(start, attempt * 1_000))).toEqual(INVALID)
      }
      expect(await authenticate(db, { email: user.email, password: user.password, ip }, at(start, 5_000))).toMatchObject({ ok: true })
    })

    it('throttles an IP after 30 failures across different accounts, and not other IPs', async () => {
      const user = await createUser(db, 'delegate', { delegationCode })
      const ip = newIp()
      const start = new Date('2017-11-22T09:00:00Z')
      for (let attempt = 0; attempt < 30; attempt++) {
        // A different (unknown) account each time: no account reaches its own limit.
        const result = await authenticate(
          db,
          { email: `nobody-${attempt}-${randomSuffix()}@test.gfmd`, password: 'guess', ip },
          at(start, attempt * 1_000),
        )
        expect(result).toEqual(INVALID)
      }
      // The 31st attempt from that IP is refused, even for a real account with its right password.
      expect(await authenticate(db, { email: user.email, password: user.password, ip }, at(start, 40_000))).toEqual(THROTTLED)
      // The same account from another IP is fine.
      expect(await authenticate(db, { email: user.email, password: user.password, ip: newIp() }, at(start, 41_000))).toMatchObject({
        ok: true,
      })
      // After the window, the IP may try again.
      expect(await authenticate(db, { email: user.email, password: user.password, ip }, at(start, 16 * MINUTE))).toMatchObject({ ok: true })
    })

    it('answers an unknown email, a wrong password and a deactivated account alike', async () => {
      const user = await createUser(db, 'delegate', { delegationCode })
      const deactivated = await createUser(db, 'delegate', { delegationCode })
      await db.user.update({ where: { id: deactivated.id }, data: { deactivatedAt: new Date() } })
      const now = new Date('2017-11-23T09:00:00Z')

      const unknown = await authenticate(db, { email: `nobody-${randomSuffix()}@test.gfmd`, password: user.password, ip: newIp() }, now)
      const wrong = await authenticate(db, { email: user.email, password: 'not-the-password', ip: newIp() }, now)
      const off = await authenticate(db, { email: deactivated.email, password: deactivated.password, ip: newIp() }, now)
      expect(unknown).toEqual(INVALID)
      expect(wrong).toEqual(unknown)
      expect(off).toEqual(unknown)
    })

    it('stores every checked attempt in the database, with its outcome, none that was throttled, and none older than the window', async () => {
      const user = await createUser(db, 'delegate', { delegationCode })
      const ip = newIp()
      const start = new Date('2017-11-24T09:00:00Z')
      for (let attempt = 0; attempt < 7; attempt++) {
        await authenticate(db, { email: user.email, password: 'wrong-password', ip }, at(start, attempt * 1_000))
      }
      const stored = await db.signInAttempt.findMany({ where: { email: user.email }, orderBy: { createdAt: 'asc' } })
      // 5 failures checked and recorded, 2 throttled before any check.
      expect(stored.map((attempt) => attempt.succeeded)).toEqual([false, false, false, false, false])
      expect(new Set(stored.map((attempt) => attempt.ip))).toEqual(new Set([ip]))
      expect(stored[0]?.createdAt).toEqual(start)

      await authenticate(db, { email: user.email, password: user.password, ip }, at(start, 16 * MINUTE))
      // The success is recorded; the failures, now outside the window, are pruned.
      const after = await db.signInAttempt.findMany({ where: { email: user.email } })
      expect(after.map((attempt) => attempt.succeeded)).toEqual([true])
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toEqual(at(start, 16 * MINUTE))
    })
  })
})
