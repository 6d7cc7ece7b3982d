/**
 * The home page's queries against a real Postgres: a delegation sees its own
 * unshared drafts and what needs it next, the secretariat what was shared
 * with it, an administrator the accounts, and nobody another delegation's
 * drafts or a share kept within a delegation.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import { positionKind } from '@/lib/positions/position-kind'
import { statusKind } from '@/lib/statuses/status-kind'
import { useTestDb } from '@/lib/testing/db'
import { createCast } from '@/lib/testing/factories'

import { getDelegationHome } from './delegation-home'
import { getHomePage } from './home-page'
import { getReviewQueue } from '@/lib/review/review-queue'

import { getSecretariatHome } from './secretariat-home'

describe('the home page', () => {
  const db = useTestDb()
  let viewers: Awaited<ReturnType<typeof createCast>>['viewers']

  function position(viewer: Viewer, itemCode: string, baseVersion: number | null = null) {
    return saveDraft(db, viewer, positionKind, {
      itemCode,
      stance: 'support',
      rationale: `on ${itemCode}`,
      proposedWording: null,
      baseVersion,
    })
  }

  beforeAll(async () => {
    ;({ viewers } = await createCast(db))
    const { delegate, focalPoint, otherFocalPoint } = viewers
    // Own delegation: one never shared, one shared then changed, one shared as it stands, one kept within the delegation.
    await position(delegate, 'R-21.01')
    await position(delegate, 'R-21.02')
    await shareDraft(db, focalPoint, positionKind, { itemCode: 'R-21.02', visibility: 'all_participants' })
    await position(delegate, 'R-21.02', 1)
    await position(delegate, 'R-21.03')
    await shareDraft(db, focalPoint, positionKind, { itemCode: 'R-21.03', visibility: 'delegation_and_secretariat' })
    await position(delegate, 'R-21.04')
    await shareDraft(db, focalPoint, positionKind, { itemCode: 'R-21.04', visibility: 'delegation' })
    await saveDraft(db, delegate, statusKind, {
      itemCode: 'R-21.01',
      state: 'planned',
      evidence: 'a plan',
      links: [],
      asOf: null,
      baseVersion: null,
    })
    // The other delegation: an unshared draft, a share kept within it, one for the secretariat, one for everyone.
    await position(otherFocalPoint, 'E-23.03')
    await position(otherFocalPoint, 'R-21.05')
    await shareDraft(db, otherFocalPoint, positionKind, { itemCode: 'R-21.05', visibility: 'delegation' })
    await position(otherFocalPoint, 'R-21.06')
    await shareDraft(db, otherFocalPoint, positionKind, { itemCode: 'R-21.06', visibility: 'delegation_and_secretariat' })
    await position(otherFocalPoint, 'R-07.04')
    await shareDraft(db, otherFocalPoint, positionKind, { itemCode: 'R-07.04', visibility: 'all_participants' })
  })

  it('lists the own delegation’s drafts that others do not see in their latest version, and only those', async () => {
    const home = await getDelegationHome(db, viewers.delegate)
    const unshared = home.unsharedDrafts.map(
      (draft) => `${draft.kind} ${draft.itemCode} v${draft.version} ${draft.share?.visibility ?? 'never'}`,
    )
    expect(unshared.sort()).toEqual([
      'position R-21.01 v1 never',
      'position R-21.02 v2 all_participants',
      'position R-21.04 v1 delegation',
      'status R-21.01 v1 never',
    ])
    expect(home.unsharedDrafts.find((draft) => draft.itemCode === 'R-21.01' && draft.kind === 'status')?.href).toBe(
      '/catalogue/R-21.01#own-status-heading',
    )
    // Another delegation's work never shows, whatever it shared.
    expect(home.unsharedDrafts.map((draft) => draft.itemCode)).not.toContain('E-23.03')
    expect(home.unsharedDrafts.map((draft) => draft.itemCode)).not.toContain('R-07.04')
  })

  it('tells a delegate the focal point shares, and a focal point that they do', async () => {
    const delegateHome = await getDelegationHome(db, viewers.delegate)
    const focalHome = await getDelegationHome(db, viewers.focalPoint)
    expect(delegateHome.nextSteps.find((step) => step.id === 'share')?.text).toBe('4 drafts wait for your focal point to share them.')
    expect(focalHome.nextSteps.find((step) => step.id === 'share')?.text).toBe('4 drafts wait for you to share them.')
    const positions = focalHome.nextSteps.find((step) => step.id === 'positions')
    expect(positions?.text).toMatch(new RegExp(`^${focalHome.totalItems - 4} items have no position yet`))
    expect(positions?.href).toMatch(/^\/catalogue\/[\w.-]+#own-position-heading$/)
  })

  it('counts the viewer’s unread notifications and lists them', async () => {
    const item = await db.item.findFirstOrThrow({ where: { code: 'R-21.01' }, select: { id: true } })
    await db.notification.createMany({
      data: [
        { userId: viewers.delegate.userId, kind: 'mention', itemId: item.id, text: 'You were mentioned on R-21.01' },
        { userId: viewers.delegate.userId, kind: 'reply', itemId: item.id, text: 'An old reply', readAt: new Date() },
        { userId: viewers.focalPoint.userId, kind: 'mention', itemId: item.id, text: 'For the focal point' },
      ],
    })
    const home = await getDelegationHome(db, viewers.delegate)
    expect(home.unreadNotifications).toBe(1)
    expect(home.latestUnread.map((notification) => notification.text)).toEqual(['You were mentioned on R-21.01'])
    expect(home.nextSteps[0]).toMatchObject({ id: 'notifications', href: '/notifications' })
  })

  it('shows the secretariat what waits for review, newest first, never a draft or a delegation-only share', async () => {
    const home = await getSecretariatHome(db, viewers.secretariat)
    expect(home.waiting.every((entry) => entry.state === 'not_reviewed')).toBe(true)
    expect([...home.waiting].sort((a, b) => b.sharedAt.getTime() - a.sharedAt.getTime())).toEqual(home.waiting)
    // The other delegation's inputs as the home page's queue reads them.
    const other = await getReviewQueue(db, viewers.secretariat, {
      state: 'not_reviewed',
      delegation: viewers.otherDelegate.delegation!.code,
    })
    const seen = other.entries.map((entry) => entry.item.code)
    expect(seen.slice(0, 2)).toEqual(['R-07.04', 'R-21.06'])
    for (const hidden of ['E-23.03', 'R-21.05']) expect(seen).not.toContain(hidden)
    expect(home.waitingTotal).toBeGreaterThanOrEqual(other.total)
  })

  it('refuses the secretariat’s home to a delegate', async () => {
    await expect(getSecretariatHome(db, viewers.delegate)).rejects.toMatchObject({ code: 'forbidden' })
  })

  it('picks the home page by role', async () => {
    expect((await getHomePage(db, null)).standing).toBe('visitor')
    expect((await getHomePage(db, viewers.otherDelegate)).standing).toBe('delegation')
    const secretariat = await getHomePage(db, viewers.secretariat)
    expect(secretariat.standing).toBe('secretariat')
    const administration = await getHomePage(db, viewers.administrator)
    expect(administration).toMatchObject({ standing: 'administration', viewerName: viewers.administrator.name })
    if (administration.standing !== 'administration') throw new Error('not an administrator’s home page')
    expect(administration.activeUsers).toBeGreaterThanOrEqual(6)
    expect(administration.expiredInvitations).toBeGreaterThanOrEqual(0)
  })

  it('shows the other delegation its own drafts, not ours', async () => {
    const home = await getDelegationHome(db, viewers.otherDelegate)
    expect(home.unsharedDrafts.map((draft) => draft.itemCode).sort()).toEqual(['E-23.03', 'R-21.05'])
  })
})
