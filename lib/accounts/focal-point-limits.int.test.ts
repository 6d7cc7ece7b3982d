/**
 * What a focal point may not undo or withdraw: an administrator's deactivation
 * of one of their delegates, and an administrator's invitation of a focal point.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { loadViewer } from '@/lib/auth/viewer'
import { createDelegation, createUser, ensureDelegations } from '@/lib/testing/factories'
import { useTestDb } from '@/lib/testing/db'

import { acceptInvitation, createInvitation, listInvitations, revokeInvitation } from './invitations'
import { setUserActive } from './users'

describe('focal point limits', () => {
  const db = useTestDb()
  let delegationCode = ''

  beforeAll(async () => {
    await ensureDelegations(db)
    delegationCode = (await createDelegation(db)).code
  })

  it('a focal point reactivates a delegate they deactivated, but not one an administrator deactivated', async () => {
    const admin = await createUser(db, 'administrator')
    const focal = await createUser(db, 'focal_point', { delegationCode })
    const delegate = await createUser(db, 'delegate', { delegationCode })

    await setUserActive(db, focal.viewer, delegate.id, false)
    await setUserActive(db, focal.viewer, delegate.id, true)
    expect((await db.user.findUniqueOrThrow({ where: { id: delegate.id } })).deactivatedAt).toBeNull()

    await setUserActive(db, admin.viewer, delegate.id, false)
    await expect(setUserActive(db, focal.viewer, delegate.id, true)).rejects.toMatchObject({ code: 'invalid' })
    const user = await db.user.findUniqueOrThrow({ where: { id: delegate.id } })
    expect(user.deactivatedAt).not.toBeNull()
    expect(await loadViewer(db, delegate.id, user.sessionVersion)).toBeNull()

    // Deactivating again (a forged form) must not make the focal point the one who deactivated.
    await expect(setUserActive(db, focal.viewer, delegate.id, false)).rejects.toMatchObject({ code: 'invalid' })
    await expect(setUserActive(db, focal.viewer, delegate.id, true)).rejects.toMatchObject({ code: 'invalid' })

    await setUserActive(db, admin.viewer, delegate.id, true)
    expect((await db.user.findUniqueOrThrow({ where: { id: delegate.id } })).deactivatedAt).toBeNull()
  })

  it('nobody deactivates their own account', async () => {
    const admin = await createUser(db, 'administrator')
    await expect(setUserActive(db, admin.viewer, admin.id, false)).rejects.toThrow('You cannot deactivate your own account.')
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).deactivatedAt).toBeNull()
  })

  it('an invitation dies with the account of whoever sent it', async () => {
    const admin = await createUser(db, 'administrator')
    const focal = await createUser(db, 'focal_point', { delegationCode })
    const invitation = await createInvitation(
      db,
      focal.viewer,
      { email: `leaver-${Date.now()}@test.gfmd`, name: 'Private Address', role: 'delegate' },
      { baseUrl: 'http://localhost:3000' },
    )
    await setUserActive(db, admin.viewer, focal.id, false)
    const token = invitation.link.split('/').pop() ?? ''
    await expect(acceptInvitation(db, { token, name: 'Private Address', password: 'a-long-enough-password' })).rejects.toMatchObject({
      code: 'invalid',
    })
    expect(await db.user.findUnique({ where: { email: invitation.email } })).toBeNull()
  })

  it('a focal point withdraws invitations of delegates, not an administrator’s invitation of a focal point', async () => {
    const admin = await createUser(db, 'administrator')
    const focal = await createUser(db, 'focal_point', { delegationCode })
    const options = { baseUrl: 'http://localhost:3000' }
    await createInvitation(
      db,
      admin.viewer,
      { email: `new-focal-${Date.now()}@test.gfmd`, name: 'New Focal', role: 'focal_point', delegationCode },
      options,
    )
    await createInvitation(
      db,
      focal.viewer,
      { email: `new-delegate-${Date.now()}@test.gfmd`, name: 'New Delegate', role: 'delegate' },
      options,
    )
    const invitations = await listInvitations(db, focal.viewer)
    const ofFocalPoint = invitations.find((invitation) => invitation.role === 'focal_point')
    const ofDelegate = invitations.find((invitation) => invitation.role === 'delegate')

    await expect(revokeInvitation(db, focal.viewer, ofFocalPoint?.id ?? '')).rejects.toMatchObject({ code: 'invalid' })
    await revokeInvitation(db, focal.viewer, ofDelegate?.id ?? '')
    const after = await listInvitations(db, focal.viewer)
    expect(after.find((invitation) => invitation.id === ofFocalPoint?.id)?.status).toBe('pending')
    expect(after.find((invitation) => invitation.id === ofDelegate?.id)?.status).toBe('revoked')
  })
})
