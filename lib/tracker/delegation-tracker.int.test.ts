/**
 * The tracker and its bulk actions, against a real Postgres. Delegations of
 * their own, so counts see only what this file wrote; cluster 6 items (E-12.02,
 * E-16.02, E-16.07, E-23.03, R-21.*) for the counts.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import { useTestDb } from '@/lib/testing/db'
import { createCast } from '@/lib/testing/factories'

import { setStatusOfItems, shareDraftsOfItems } from './bulk-actions'
import { bulkShareFormSchema, bulkStatusFormSchema, MAX_BULK_ITEMS } from './bulk-schemas'
import { getDelegationTracker } from './delegation-tracker'
import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
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
