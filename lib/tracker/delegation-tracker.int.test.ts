/**
 * The tracker and its bulk actions, against a real Postgres. Delegations of
 * their own, so counts see only what this file wrote; cluster 6 items (E-12.02,
 * E-16.02, E-16.07, E-23.03, R-21.*) for the counts.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import { useQueryCountingDb, useTestDb } from '@/lib/testing/db'
import { createCast } from '@/lib/testing/factories'

import { setStatusOfItems, shareDraftsOfItems } from './bulk-actions'
import { bulkShareFormSchema, bulkStatusFormSchema, MAX_BULK_ITEMS } from './bulk-schemas'
import { getDelegationTracker } from './delegation-tracker'
import { parseTrackerSort, trackerSortLinks, type TrackerSort } from './tracker-sort'
import { createComment, deleteComment } from '@/lib/comments/comments'
import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import type { Stance, Visibility } from '@/lib/generated/prisma/enums'
import { positionKind } from '@/lib/positions/position-kind'
import { statusKind } from '@/lib/statuses/status-kind'

describe('the delegation tracker', () => {
  const db = useTestDb()

  let delegate: Viewer
  let focalPoint: Viewer
  let otherFocalPoint: Viewer

  function draft(viewer: Viewer, itemCode: string, baseVersion: number | null = null) {
    return saveDraft(db, viewer, positionKind, {
      itemCode,
      stance: 'support',
      rationale: `on ${itemCode}`,
      proposedWording: null,
      baseVersion,
    })
  }

  function status(viewer: Viewer, itemCode: string, baseVersion: number | null = null) {
    return saveDraft(db, viewer, statusKind, { itemCode, state: 'in_progress', evidence: 'a bill', links: [], asOf: null, baseVersion })
  }

  beforeAll(async () => {
    ;({ delegate, focalPoint, otherFocalPoint } = (await createCast(db)).viewers)

    // Own: three positions in cluster 6, one shared wider, one shared then edited, one withdrawn to "delegation only".
    await draft(delegate, 'R-21.01')
    await shareDraft(db, focalPoint, positionKind, { itemCode: 'R-21.01', visibility: 'all_participants' })
    await draft(delegate, 'R-21.02')
    await shareDraft(db, focalPoint, positionKind, { itemCode: 'R-21.02', visibility: 'delegation_and_secretariat' })
    await draft(delegate, 'R-21.02', 1)
    await draft(delegate, 'R-21.03')
    await shareDraft(db, focalPoint, positionKind, { itemCode: 'R-21.03', visibility: 'delegation' })
    await status(delegate, 'R-21.01')
    // The other delegation writes on many more items, shared widely: none of it may count here.
    for (const code of ['R-21.04', 'R-21.05', 'R-21.06', 'E-23.03']) {
      await draft(otherFocalPoint, code)
      await shareDraft(db, otherFocalPoint, positionKind, { itemCode: code, visibility: 'all_participants' })
      await status(otherFocalPoint, code)
    }
  })

  it('a draft that still says “no position yet” does not count as a position', async () => {
    const before = (await getDelegationTracker(db, delegate)).clusters
    await saveDraft(db, delegate, positionKind, {
      itemCode: 'R-09.01',
      stance: 'no_position',
      rationale: 'still consulting the ministries',
      proposedWording: null,
      baseVersion: null,
    })
    await shareDraft(db, focalPoint, positionKind, { itemCode: 'R-09.01', visibility: 'all_participants' })
    const after = await getDelegationTracker(db, delegate)
    expect(after.clusters).toEqual(before)
    expect(after.rows.find((row) => row.code === 'R-09.01')?.position).toMatchObject({ stance: 'no_position', version: 1 })
  })

  it('counts progress per cluster from the own delegation only', async () => {
    const tracker = await getDelegationTracker(db, delegate)
    const six = tracker.clusters.find((cluster) => cluster.number === 6)
    expect(tracker.clusters.map((cluster) => cluster.number)).toEqual([1, 2, 3, 4, 5, 6])
    expect(six?.title).toMatch(/^Irregular migration/)
    expect(six).toMatchObject({ items: 12, withPosition: 3, positionShared: 2, withStatus: 1 })
    expect(tracker.rows).toHaveLength(tracker.totalItems)
    expect(tracker.rows.find((row) => row.code === 'R-21.02')).toMatchObject({
      position: { stance: 'support', version: 2, share: { version: 1, visibility: 'delegation_and_secretariat' } },
      status: null,
    })
    for (const code of ['R-21.04', 'R-21.05', 'R-21.06', 'E-23.03']) {
      expect(tracker.rows.find((row) => row.code === code)).toMatchObject({ position: null, status: null })
    }
  })

  it('filters by cluster, kind, search, position and status', async () => {
    const codes = async (filters: Parameters<typeof getDelegationTracker>[2]) =>
      (await getDelegationTracker(db, delegate, filters)).rows.map((row) => row.code)
    expect(await codes({ cluster: 6, kind: 'gfmd-recommendation' })).toEqual([
      'R-20.05',
      'R-21.01',
      'R-21.02',
      'R-21.03',
      'R-21.04',
      'R-21.05',
      'R-21.06',
    ])
    expect(await codes({ cluster: 6, position: 'shared' })).toEqual(['R-21.01', 'R-21.02'])
    expect(await codes({ cluster: 6, position: 'changed' })).toEqual(['R-21.02'])
    expect(await codes({ cluster: 6, position: 'draft' })).toEqual(['R-21.03'])
    expect(await codes({ cluster: 6, position: 'none' })).not.toContain('R-21.01')
    expect(await codes({ status: 'in_progress' })).toEqual(['R-21.01'])
    expect(await codes({ cluster: 6, status: 'none' })).toHaveLength(11)
    expect(await codes({ q: 'R-21.0', position: 'draft' })).toEqual(['R-21.03'])
  })

  it('lists none of another delegation’s drafts to the other delegation either', async () => {
    const tracker = await getDelegationTracker(db, otherFocalPoint)
    expect(tracker.rows.filter((row) => row.position).map((row) => row.code)).toEqual(['R-21.04', 'R-21.05', 'R-21.06', 'E-23.03'])
    expect(tracker.clusters.find((cluster) => cluster.number === 6)).toMatchObject({ withPosition: 4, positionShared: 4, withStatus: 4 })
  })

  it('sets a status on many items; one changed meanwhile is skipped, the others are set', async () => {
    const existing = await status(delegate, 'E-16.02')
    await status(focalPoint, 'E-16.02', existing.version) // saved again after the page showed version 1
    const result = await setStatusOfItems(db, delegate, {
      state: 'planned',
      items: [
        { itemCode: 'E-12.02', baseVersion: null },
        { itemCode: 'R-21.01', baseVersion: 1 },
        { itemCode: 'E-16.02', baseVersion: existing.version },
      ],
    })
    expect(result).toEqual({ set: ['E-12.02', 'R-21.01'], unchanged: [], changedMeanwhile: ['E-16.02'], notFound: [] })
    const rows = (await getDelegationTracker(db, delegate, { status: 'planned' })).rows
    expect(rows.map((row) => [row.code, row.status?.version])).toEqual([
      ['E-12.02', 1],
      ['R-21.01', 2],
    ])
    const kept = await db.implementationStatus.findFirstOrThrow({
      where: { delegationId: delegate.delegation?.id, item: { code: 'R-21.01' } },
    })
    expect(kept.evidence).toBe('a bill')
  })

  it('refuses a bulk share by a delegate before sharing anything', async () => {
    await expect(
      shareDraftsOfItems(db, delegate, { visibility: 'all_participants', items: [{ itemCode: 'R-21.03', version: 1 }] }),
    ).rejects.toMatchObject({ code: 'forbidden' })
    const share = await db.positionShare.findFirst({
      where: { isCurrent: true, position: { delegationId: delegate.delegation?.id, item: { code: 'R-21.03' } } },
    })
    expect(share?.visibility).toBe('delegation')
  })

  it('shares the drafts at the versions shown, skipping items without a draft and stale versions', async () => {
    await draft(delegate, 'E-16.07')
    await draft(delegate, 'E-16.07', 1) // now version 2; the page showed 1
    const result = await shareDraftsOfItems(db, focalPoint, {
      visibility: 'all_participants',
      items: [
        { itemCode: 'R-21.03', version: 1 },
        { itemCode: 'R-21.02', version: 2 },
        { itemCode: 'E-16.07', version: 1 },
        { itemCode: 'R-21.04', version: null },
        { itemCode: 'R-21.05', version: 1 },
      ],
    })
    expect(result).toEqual({
      shared: ['R-21.03', 'R-21.02'],
      alreadyShared: [],
      withoutDraft: ['R-21.04', 'R-21.05'],
      changedMeanwhile: ['E-16.07'],
    })
    expect(await getDelegationTracker(db, delegate, { cluster: 6, position: 'changed' }).then((t) => t.rows)).toEqual([])
    // The other delegation's drafts on were never touched.
    const others = await db.positionShare.count({
      where: { position: { item: { code: { in: ['R-21.04', 'R-21.05'] } } }, sharedById: focalPoint.userId },
    })
    expect(others).toBe(0)
  })

  it('reads the forms: one field of codes, a version per item, and at most 200 items', () => {
    const parsed = bulkShareFormSchema.parse({
      items: 'R-21.01 R-21.02',
      visibility: 'all_participants',
      'version-R-21.01': '3',
      $ACTION_ID_x: '',
    })
    expect(parsed.items).toEqual([
      { itemCode: 'R-21.01', version: 3 },
      { itemCode: 'R-21.02', version: null },
    ])
    const tooMany = Array.from(
      { length: MAX_BULK_ITEMS + 1 },
      (_, index) => `E-${String(10 + (index % 80)).padStart(2, '0')}.${String(index % 99).padStart(2, '0')}`,
    )
    expect(bulkStatusFormSchema.safeParse({ items: tooMany.join(' '), state: 'planned' }).success).toBe(false)
    expect(bulkStatusFormSchema.safeParse({ items: '', state: 'planned' }).success).toBe(false)
    expect(bulkStatusFormSchema.safeParse({ items: 'R-21.01', state: 'done' }).success).toBe(false)
  })
})

/**
 * The tracker's order, its "last edited" and its comment counts, with a cast
 * of its own on items outside cluster 6 (E-13.02, E-13.03, E-14.01, E-15.01),
 * so the counts above are untouched.
 */
describe('the tracker’s order and counts', () => {
  const db = useTestDb()
  const counting = useQueryCountingDb()

  let delegate: Viewer
  let focalPoint: Viewer
  let otherDelegate: Viewer

  function position(viewer: Viewer, itemCode: string, stance: Stance) {
    return saveDraft(db, viewer, positionKind, { itemCode, stance, rationale: `on ${itemCode}`, proposedWording: null, baseVersion: null })
  }

  function comment(viewer: Viewer, itemCode: string, visibility: Visibility) {
    return createComment(db, viewer, { itemCode, body: `A comment on ${itemCode}`, visibility, parentId: null })
  }

  /** Saves happen milliseconds apart: set when each was last edited, to sort on. */
  async function editedOn(itemCode: string, day: string) {
    await db.position.updateMany({
      where: { delegationId: delegate.delegation?.id, item: { code: itemCode } },
      data: { updatedAt: new Date(`${day}T12:00:00Z`) },
    })
  }

  const codesIn = async (sort: TrackerSort, count = 4) =>
    (await getDelegationTracker(db, delegate, {}, sort)).rows.slice(0, count).map((row) => row.code)

  beforeAll(async () => {
    ;({ delegate, focalPoint, otherDelegate } = (await createCast(db)).viewers)
    await position(delegate, 'E-13.02', 'oppose')
    await position(focalPoint, 'E-13.03', 'support')
    await position(delegate, 'E-14.01', 'neutral')
    await shareDraft(db, focalPoint, positionKind, { itemCode: 'E-14.01', visibility: 'all_participants' })
    await shareDraft(db, focalPoint, positionKind, { itemCode: 'E-13.02', visibility: 'delegation_and_secretariat' })
    await editedOn('E-13.02', '2017-11-20')
    await editedOn('E-13.03', '2017-11-28')
    await editedOn('E-14.01', '2017-11-01')
    await saveDraft(db, delegate, statusKind, {
      itemCode: 'E-15.01',
      state: 'implemented',
      evidence: '',
      links: [],
      asOf: null,
      baseVersion: null,
    })
  })

  it('keeps the report’s order by default, and sorts by any column, empty cells last either way', async () => {
    const reportOrder = (await getDelegationTracker(db, delegate)).rows.map((row) => row.code)
    expect((await getDelegationTracker(db, delegate, {}, { key: 'item', dir: 'asc' })).rows.map((row) => row.code)).toEqual(reportOrder)
    expect((await getDelegationTracker(db, delegate, {}, { key: 'item', dir: 'desc' })).rows.map((row) => row.code)).toEqual(
      [...reportOrder].reverse(),
    )
    // Stances in the order the form offers them; items without a position after, in the report's order.
    expect(await codesIn({ key: 'position', dir: 'asc' })).toEqual(['E-13.03', 'E-14.01', 'E-13.02', reportOrder[0]])
    expect(await codesIn({ key: 'position', dir: 'desc' })).toEqual(['E-13.02', 'E-14.01', 'E-13.03', reportOrder[0]])
    // Not shared, then wider and wider.
    expect(await codesIn({ key: 'position-share', dir: 'desc' }, 3)).toEqual(['E-14.01', 'E-13.02', 'E-13.03'])
    expect(await codesIn({ key: 'status', dir: 'asc' }, 1)).toEqual(['E-15.01'])
    expect(await codesIn({ key: 'edited', dir: 'desc' })).toEqual(['E-15.01', 'E-13.03', 'E-13.02', 'E-14.01'])
    expect(await codesIn({ key: 'edited', dir: 'asc' }, 5)).toEqual(['E-14.01', 'E-13.02', 'E-13.03', 'E-15.01', reportOrder[0]])
  })

  it('says who saved the position or status last, and when', async () => {
    const rows = (await getDelegationTracker(db, delegate)).rows
    expect(rows.find((row) => row.code === 'E-13.03')?.lastEdited).toEqual({ by: focalPoint.name, at: '2017-11-28T12:00:00.000Z' })
    expect(rows.find((row) => row.code === 'E-15.01')?.lastEdited?.by).toBe(delegate.name)
    expect(rows.find((row) => row.code === 'E-16.04')?.lastEdited).toBeNull()
  })

  it('counts only the comments the viewer may read, without deleted ones, in a query for all items', async () => {
    const commentsOn = async (viewer: Viewer, itemCode: string) =>
      (await getDelegationTracker(db, viewer)).rows.find((row) => row.code === itemCode)?.comments
    const before = { own: await commentsOn(delegate, 'E-13.02'), other: await commentsOn(otherDelegate, 'E-13.02') }
    expect(before).toEqual({ own: 0, other: 0 })

    await comment(otherDelegate, 'E-13.02', 'delegation')
    await comment(otherDelegate, 'E-13.02', 'delegation_and_secretariat')
    expect(await commentsOn(delegate, 'E-13.02')).toBe(0)
    await comment(otherDelegate, 'E-13.02', 'all_participants')
    await comment(delegate, 'E-13.02', 'delegation')
    const deleted = await comment(delegate, 'E-13.02', 'all_participants')
    await deleteComment(db, delegate, { itemCode: 'E-13.02', commentId: deleted.comment.id })
    expect(await commentsOn(delegate, 'E-13.02')).toBe(2)
    expect(await commentsOn(otherDelegate, 'E-13.02')).toBe(3)

    const queriesOfTracker = async () => {
      const start = counting.queryCount()
      await getDelegationTracker(counting.db, delegate)
      return counting.queryCount() - start
    }
    // The first read fills the catalogue cache (lib/catalogue/catalogue-cache.ts); counted from the second on.
    await queriesOfTracker()
    const queriesBefore = await queriesOfTracker()
    await comment(delegate, 'E-14.01', 'delegation')
    await comment(delegate, 'E-15.01', 'delegation')
    expect(await queriesOfTracker()).toBe(queriesBefore)
    // Other files comment at "all participants" on other items of the same run's database: compare only this test's items.
    const commented = ['E-13.02', 'E-14.01', 'E-15.01']
    const sorted = (await getDelegationTracker(db, delegate, {}, { key: 'comments', dir: 'desc' })).rows.map((row) => row.code)
    expect(sorted.filter((code) => commented.includes(code))).toEqual(commented)
  })

  it('counts other delegations’ shares on the row, not the own delegation’s', async () => {
    const sharesOn = async (viewer: Viewer, itemCode: string) =>
      (await getDelegationTracker(db, viewer)).rows.find((row) => row.code === itemCode)?.shares
    const before = await sharesOn(otherDelegate, 'E-14.01')
    expect(await sharesOn(delegate, 'E-14.01')).toEqual({ positions: 0, statuses: 0 })
    expect(before?.positions).toBeGreaterThanOrEqual(1)
  })

  it('reads the order from the address, and links each column to it without losing the filters', () => {
    expect(parseTrackerSort({})).toEqual({ key: 'item', dir: 'asc' })
    expect(parseTrackerSort({ sort: 'position', dir: 'desc' })).toEqual({ key: 'position', dir: 'desc' })
    // Newest first is where a date starts; nonsense is the default order.
    expect(parseTrackerSort({ sort: 'edited' })).toEqual({ key: 'edited', dir: 'desc' })
    expect(parseTrackerSort({ sort: 'drop table', dir: 'sideways' })).toEqual({ key: 'item', dir: 'asc' })

    const links = trackerSortLinks({ cluster: 6 }, { key: 'position', dir: 'asc' })
    expect(links.find((link) => link.key === 'position')).toEqual({
      key: 'position',
      current: 'asc',
      dir: 'desc',
      href: '/delegation?cluster=6&sort=position&dir=desc',
    })
    expect(links.find((link) => link.key === 'item')).toMatchObject({ current: null, href: '/delegation?cluster=6' })
    expect(links.find((link) => link.key === 'comments')).toMatchObject({ href: '/delegation?cluster=6&sort=comments&dir=desc' })
  })
})
