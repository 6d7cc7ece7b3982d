import { beforeAll, describe, expect, it } from 'vitest'

import { authenticate } from '@/lib/auth/authenticate'
import type { Viewer } from '@/lib/auth/viewer'
import type { Role } from '@/lib/generated/prisma/enums'
import { useTestDb } from '@/lib/testing/db'
import { createDelegation, createViewer, randomSuffix } from '@/lib/testing/factories'

import {
  acceptInvitation,
  createInvitation,
  getInvitationStatus,
  INVITATION_LIFETIME_MS,
  INVITATION_RATE,
  listInvitations,
  revokeInvitation,
} from './invitations'

describe('invitations (database)', () => {
  const db = useTestDb()

  const BASE_URL = 'https://workspace.test/'
  const PASSWORD = 'a-long-enough-password'
  const DAY = 24 * 60 * 60 * 1000

  let administrator: Viewer
  let focalPoint: Viewer
  let delegation: { id: string; code: string; name: string }

  beforeAll(async () => {
    delegation = await createDelegation(db, { name: 'Republic of Testland' })
    administrator = await createViewer(db, 'administrator')
    focalPoint = await createViewer(db, 'focal_point', delegation.code)
  })

  function tokenOf(link: string): string {
    const match = /^https:\/\/workspace\.test\/invitations\/([A-Za-z0-9_-]+)$/.exec(link)
    if (!match?.[1]) throw new Error(`Not an invitation link: ${link}`)
    return match[1]
  }

  async function invite(options: { by?: Viewer; role?: Role; now?: Date; email?: string } = {}) {
    const email = options.email ?? `invitee-${randomSuffix()}@test.gfmd`
    const result = await createInvitation(
      db,
      options.by ?? administrator,
      { email, name: 'Ingrid Invitee', role: options.role ?? 'focal_point', delegationCode: delegation.code },
      { baseUrl: BASE_URL, now: options.now },
    )
    return { ...result, token: tokenOf(result.link) }
  }

  describe('invitations', () => {
    it('creates a valid invitation, lasting 7 days', async () => {
      const now = new Date('2017-11-01T10:00:00Z')
      const invitation = await invite({ role: 'focal_point', now })
      expect(invitation.expiresAt).toEqual(new Date(now.getTime() + 7 * DAY))
      expect(invitation.mail).toBe('queued')
      expect(await getInvitationStatus(db, invitation.token, now)).toEqual({
        status: 'valid',
        email: invitation.email,
        name: 'Ingrid Invitee',
        role: 'focal_point',
        delegation: 'Republic of Testland',
        invitedBy: administrator.name,
      })
      // Only a hash of the token is stored.
      const stored = await db.invitation.findFirstOrThrow({ where: { email: invitation.email } })
      expect(stored.tokenHash).not.toContain(invitation.token)
      expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/)
    })

    it('accepting creates the user with the invited role and delegation, who can then sign in', async () => {
      const invitation = await invite({ by: focalPoint, role: 'delegate', email: `New.Delegate-${randomSuffix()}@Test.GFMD` })
      expect(invitation.email).toBe(invitation.email.toLowerCase())
      expect(await acceptInvitation(db, { token: invitation.token, name: 'Nadia New', password: PASSWORD })).toEqual({
        email: invitation.email,
      })

      const user = await db.user.findUniqueOrThrow({ where: { email: invitation.email }, include: { delegation: true } })
      expect(user).toMatchObject({ name: 'Nadia New', role: 'delegate', deactivatedAt: null, delegation: { code: delegation.code } })
      expect(user.passwordHash).not.toContain(PASSWORD)
      expect(await authenticate(db, { email: invitation.email, password: PASSWORD, ip: `test-${randomSuffix()}` })).toMatchObject({
        ok: true,
        userId: user.id,
      })
    })

    it('a link works once: reusing it fails and its status is "used"', async () => {
      const invitation = await invite()
      await acceptInvitation(db, { token: invitation.token, name: 'First', password: PASSWORD })
      await expect(acceptInvitation(db, { token: invitation.token, name: 'Second', password: PASSWORD })).rejects.toMatchObject({
        code: 'invalid',
      })
      expect(await getInvitationStatus(db, invitation.token)).toEqual({ status: 'used' })
      expect(await db.user.count({ where: { email: invitation.email } })).toBe(1)
      expect((await db.user.findUniqueOrThrow({ where: { email: invitation.email } })).name).toBe('First')
      const [summary] = (await listInvitations(db, administrator)).filter((entry) => entry.email === invitation.email)
      expect(summary?.status).toBe('accepted')
    })

    it('a used link stays used even when the account it created no longer has its email', async () => {
      const invitation = await invite()
      await acceptInvitation(db, { token: invitation.token, name: 'First', password: PASSWORD })
      await db.user.update({ where: { email: invitation.email }, data: { email: `renamed-${randomSuffix()}@test.gfmd` } })
      await expect(acceptInvitation(db, { token: invitation.token, name: 'Second', password: PASSWORD })).rejects.toMatchObject({
        code: 'invalid',
      })
      expect(await db.user.count({ where: { email: invitation.email } })).toBe(0)
    })

    it('expires after 7 days and can no longer be accepted', async () => {
      const createdAt = new Date(Date.now() - 8 * DAY)
      const invitation = await invite({ now: createdAt })
      expect(await getInvitationStatus(db, invitation.token)).toEqual({ status: 'expired' })
      await expect(acceptInvitation(db, { token: invitation.token, name: 'Late', password: PASSWORD })).rejects.toMatchObject({
        code: 'invalid',
      })
      expect(await db.user.count({ where: { email: invitation.email } })).toBe(0)
      const [summary] = (await listInvitations(db, administrator)).filter((entry) => entry.email === invitation.email)
      expect(summary?.status).toBe('expired')
    })

    it('is valid until the last millisecond of its 7 days, and expired from then on', async () => {
      const createdAt = new Date('2017-11-02T10:00:00Z')
      const invitation = await invite({ now: createdAt })
      const expiry = createdAt.getTime() + INVITATION_LIFETIME_MS
      expect((await getInvitationStatus(db, invitation.token, new Date(expiry - 1))).status).toBe('valid')
      expect((await getInvitationStatus(db, invitation.token, new Date(expiry))).status).toBe('expired')
      await expect(
        acceptInvitation(db, { token: invitation.token, name: 'Late', password: PASSWORD }, new Date(expiry)),
      ).rejects.toMatchObject({ code: 'invalid' })
      await acceptInvitation(db, { token: invitation.token, name: 'Just in time', password: PASSWORD }, new Date(expiry - 1))
      expect(await db.user.count({ where: { email: invitation.email } })).toBe(1)
    })

    it('a revoked invitation cannot be accepted', async () => {
      const invitation = await invite()
      const stored = await db.invitation.findFirstOrThrow({ where: { email: invitation.email } })
      await revokeInvitation(db, administrator, stored.id)
      expect(await getInvitationStatus(db, invitation.token)).toEqual({ status: 'revoked' })
      await expect(acceptInvitation(db, { token: invitation.token, name: 'Revoked', password: PASSWORD })).rejects.toMatchObject({
        code: 'invalid',
      })
      expect(await db.user.count({ where: { email: invitation.email } })).toBe(0)
      // An accepted invitation cannot be revoked afterwards.
      const accepted = await invite()
      await acceptInvitation(db, { token: accepted.token, name: 'Accepted', password: PASSWORD })
      const acceptedId = (await db.invitation.findFirstOrThrow({ where: { email: accepted.email } })).id
      await expect(revokeInvitation(db, administrator, acceptedId)).rejects.toMatchObject({ code: 'invalid' })
    })

    it('an unknown token is "unknown" and cannot be accepted', async () => {
      const token = `unknown-${randomSuffix(32)}`
      expect(await getInvitationStatus(db, token)).toEqual({ status: 'unknown' })
      await expect(acceptInvitation(db, { token, name: 'Nobody', password: PASSWORD })).rejects.toMatchObject({ code: 'invalid' })
    })

    it('two concurrent accepts of one link create exactly one account', async () => {
      const invitation = await invite()
      const results = await Promise.allSettled([
        acceptInvitation(db, { token: invitation.token, name: 'Racer A', password: PASSWORD }),
        acceptInvitation(db, { token: invitation.token, name: 'Racer B', password: PASSWORD }),
      ])
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
      const rejected = results.filter((result) => result.status === 'rejected')
      expect(rejected).toHaveLength(1)
      expect(rejected[0]?.reason).toMatchObject({ code: 'invalid' })
      expect(await db.user.count({ where: { email: invitation.email } })).toBe(1)
    })

    it('ten concurrent accepts of one link create exactly one account', async () => {
      const invitation = await invite()
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, index) =>
          acceptInvitation(db, { token: invitation.token, name: `Racer ${index}`, password: PASSWORD }),
        ),
      )
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
      for (const result of results) if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'invalid' })
      expect(await db.user.count({ where: { email: invitation.email } })).toBe(1)
    })

    it('puts one message per invitation in the outbox, to the invitee, containing the link', async () => {
      const first = await invite()
      const second = await invite({ by: focalPoint, role: 'delegate' })
      for (const invitation of [first, second]) {
        const messages = await db.outboxMessage.findMany({ where: { to: invitation.email } })
        expect(messages).toHaveLength(1)
        expect(messages[0]?.text).toContain(invitation.link)
        expect(messages[0]?.sentAt).toBeNull()
      }
      expect(first.link).not.toBe(second.link)
      expect(first.link.startsWith('https://workspace.test/invitations/')).toBe(true)
    })

    it('an administrator is told an email already has an account, and nothing is written', async () => {
      const invitation = await invite()
      await acceptInvitation(db, { token: invitation.token, name: 'Existing', password: PASSWORD })
      const invitationsBefore = await db.invitation.count({ where: { email: invitation.email } })
      await expect(invite({ email: invitation.email.toUpperCase() })).rejects.toMatchObject({ code: 'invalid' })
      expect(await db.invitation.count({ where: { email: invitation.email } })).toBe(invitationsBefore)
      expect(await db.outboxMessage.count({ where: { to: invitation.email } })).toBe(1)
    })

    it('a focal point gets the same answer for an address with an account elsewhere as for a new one; the link tells its owner to sign in', async () => {
      const elsewhere = await createViewer(db, 'delegate', (await createDelegation(db)).code)
      const existing = await db.user.findUniqueOrThrow({ where: { id: elsewhere.userId }, select: { email: true } })
      const inviter = await createViewer(db, 'focal_point', delegation.code)
      const forNewAddress = await invite({ by: inviter, role: 'delegate' })
      const forAccount = await invite({ by: inviter, role: 'delegate', email: existing.email })

      const shape = ({ link, email, expiresAt, mail }: typeof forNewAddress) => ({
        link: link.replace(/[^/]+$/, 'TOKEN'),
        email: email.replace(/^[^@]+/, 'someone'),
        expiresAt: expiresAt.getTime() > Date.now(),
        mail,
      })
      expect(shape(forAccount)).toEqual(shape(forNewAddress))
      expect(await getInvitationStatus(db, forAccount.token)).toMatchObject({ status: 'valid' })
      // The account's owner is told to sign in; no second account is made, and the link stays unused.
      await expect(acceptInvitation(db, { token: forAccount.token, name: 'Someone', password: PASSWORD })).rejects.toThrow(
        /Sign in instead/,
      )
      expect(await db.user.count({ where: { email: existing.email } })).toBe(1)
      expect(await getInvitationStatus(db, forAccount.token)).toMatchObject({ status: 'valid' })
    })

    it('refuses a second pending invitation for one address, from anyone, until the first is revoked', async () => {
      const inviter = await createViewer(db, 'focal_point', delegation.code)
      const first = await invite({ by: inviter, role: 'delegate' })
      await expect(invite({ by: inviter, role: 'delegate', email: first.email })).rejects.toMatchObject({
        code: 'invalid',
        fieldErrors: { email: [expect.stringMatching(/Already invited/)] },
      })
      await expect(invite({ email: first.email.toUpperCase() })).rejects.toMatchObject({ code: 'invalid' })
      expect(await db.invitation.count({ where: { email: first.email } })).toBe(1)

      const [pending] = await db.invitation.findMany({ where: { email: first.email } })
      await revokeInvitation(db, inviter, pending!.id)
      await expect(invite({ by: inviter, role: 'delegate', email: first.email })).resolves.toMatchObject({ email: first.email })
    })

    it('an expired invitation does not block a new one', async () => {
      const first = await invite({ now: new Date(Date.now() - 8 * DAY) })
      await expect(invite({ email: first.email })).resolves.toMatchObject({ email: first.email })
    })

    it('limits each inviter to 20 invitations an hour, even sent at once, with a clear message; others may still invite', async () => {
      const inviter = await createViewer(db, 'focal_point', delegation.code)
      const start = new Date(Date.now() - 2 * 60 * 60 * 1000)
      const results = await Promise.allSettled(
        Array.from({ length: 25 }, (_, index) => invite({ by: inviter, role: 'delegate', now: new Date(start.getTime() + index) })),
      )
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(INVITATION_RATE.perHour)
      const refused = results.filter((result) => result.status === 'rejected')
      expect(refused).toHaveLength(5)
      for (const result of refused)
        expect(result.reason).toMatchObject({ code: 'invalid', message: expect.stringMatching(/20 invitations in the last hour/) })
      expect(await db.invitation.count({ where: { invitedById: inviter.userId } })).toBe(INVITATION_RATE.perHour)
      // Another focal point is not held back, and an hour later this one may invite again.
      const colleague = await createViewer(db, 'focal_point', delegation.code)
      await expect(invite({ by: colleague, role: 'delegate', now: start })).resolves.toBeDefined()
      await expect(invite({ by: inviter, role: 'delegate', now: new Date(start.getTime() + 61 * 60 * 1000) })).resolves.toBeDefined()
    })
  })
})
