/**
 * The SQL queries each page's load sends are bounded and do not grow with
 * the data (issue 11, BENCHMARKS.md): counted for the catalogue, an item
 * page, the tracker and the dashboards, then counted again after more
 * delegations have saved, shared and commented on many items.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import { getCataloguePage } from '@/lib/catalogue/catalogue-page'
import { getItem } from '@/lib/catalogue/queries'
import { createComment } from '@/lib/comments/comments'
import { getDashboards } from '@/lib/dashboards/dashboards'
import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import { positionKind } from '@/lib/positions/position-kind'
import { statusKind } from '@/lib/statuses/status-kind'
import { useQueryCountingDb, useTestDb } from '@/lib/testing/db'
import { createCast, createDelegation, createUser } from '@/lib/testing/factories'
import { getDelegationTracker } from '@/lib/tracker/delegation-tracker'

import { getItemWorkspace } from './item-workspace'

const ITEMS = ['E-16.01', 'E-16.02', 'E-16.03', 'E-13.01', 'R-19.01']

describe('queries per page', () => {
  const db = useTestDb()
  const counting = useQueryCountingDb()
  let delegate: Viewer
  let secretariat: Viewer

  const pages = {
    catalogue: () => getCataloguePage(counting.db, delegate, { cluster: '4' }),
    item: async () => {
      const item = await getItem(counting.db, 'E-16.01')
      return getItemWorkspace(counting.db, delegate, { ...item!, retired: item!.retired })
    },
    tracker: () => getDelegationTracker(counting.db, delegate),
    dashboards: () => getDashboards(counting.db, secretariat, { rows: 'item', group: null }),
  }
  type Page = keyof typeof pages

  const queriesOf = async (page: Page) => {
    const start = counting.queryCount()
    await pages[page]()
    return counting.queryCount() - start
  }
  const countAll = async () => {
    const counts: Partial<Record<Page, number>> = {}
    for (const page of Object.keys(pages) as Page[]) counts[page] = await queriesOf(page)
    return counts as Record<Page, number>
  }

  /** A delegation of its own that records, shares and comments on every item of ITEMS. */
  async function busyDelegation() {
    const delegation = await createDelegation(db)
    const { viewer: focalPoint } = await createUser(db, 'focal_point', { delegationCode: delegation.code })
    for (const itemCode of ITEMS) {
      await saveDraft(db, focalPoint, positionKind, {
        itemCode,
        baseVersion: null,
        stance: 'support',
        rationale: 'Yes.',
        proposedWording: null,
      })
      await saveDraft(db, focalPoint, positionKind, {
        itemCode,
        baseVersion: 1,
        stance: 'concerns',
        rationale: 'On reflection.',
        proposedWording: null,
      })
      await shareDraft(db, focalPoint, positionKind, { itemCode, visibility: 'all_participants' })
      await saveDraft(db, focalPoint, statusKind, { itemCode, baseVersion: null, state: 'planned', evidence: '', links: [], asOf: null })
      await shareDraft(db, focalPoint, statusKind, { itemCode, visibility: 'delegation_and_secretariat' })
      await createComment(db, focalPoint, { itemCode, body: 'Our view, for everyone.', visibility: 'all_participants', parentId: null })
    }
  }

  beforeAll(async () => {
    const { viewers } = await createCast(db)
    ;({ delegate, secretariat } = viewers)
    await busyDelegation()
  })

  it('stay the same when more delegations work on more items, and within a bound', async () => {
    // The first reads fill the catalogue cache; from then on a page reads the catalogue's version only.
    await countAll()
    const before = await countAll()
    for (let index = 0; index < 3; index += 1) await busyDelegation()
    const after = await countAll()
    expect(after).toEqual(before)
    // The counts of this version; a change that adds a query per page should say so here and in BENCHMARKS.md.
    expect(before).toEqual({ catalogue: 3, item: 17, tracker: 11, dashboards: 10 })
  })
})
