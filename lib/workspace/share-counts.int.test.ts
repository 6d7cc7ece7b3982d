/**
 * Share counts under the visibility rule, against a real Postgres: Germany
 * works on E-16.08 (no other file writes there) while Mexico and the
 * secretariat look at the catalogue. Files run one at a time, so a change in
 * a count is this file's doing.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import { getCataloguePage } from '@/lib/catalogue/catalogue-page'
import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import type { Visibility } from '@/lib/generated/prisma/enums'
import { positionKind } from '@/lib/positions/position-kind'
import { statusKind } from '@/lib/statuses/status-kind'
import { useQueryCountingDb, useTestDb } from '@/lib/testing/db'
import { createCast } from '@/lib/testing/factories'

import { countSharesByItem, noShares } from './share-counts'

// An item no other file writes on for Germany (the files share one database per run).
const ITEM = 'F-08.01'

describe('share counts', () => {
  const db = useTestDb()
  const counting = useQueryCountingDb()
  let germanDelegate: Viewer
  let germanFocalPoint: Viewer
  let mexican: Viewer
  let secretariat: Viewer
  let administrator: Viewer

  const countOn = async (viewer: Viewer) => (await countSharesByItem(db, viewer)).get(ITEM) ?? noShares
  const shareGermanPosition = (visibility: Visibility) => shareDraft(db, germanFocalPoint, positionKind, { itemCode: ITEM, visibility })

  beforeAll(async () => {
    const { viewers } = await createCast(db, { delegations: ['DEU', 'MEX'] })
    ;({ delegate: germanDelegate, focalPoint: germanFocalPoint, otherDelegate: mexican, secretariat, administrator } = viewers)
  })

  it('counts a position only once it is shared at a level that reaches the viewer, and only its current share', async () => {
    const mexicoBefore = await countOn(mexican)
    const secretariatBefore = await countOn(secretariat)

    await saveDraft(db, germanDelegate, positionKind, {
      itemCode: ITEM,
      stance: 'concerns',
      rationale: 'GERMAN-DRAFT-ONLY',
      proposedWording: null,
      baseVersion: null,
    })
    expect(await countOn(mexican)).toEqual(mexicoBefore)
    expect(await countOn(secretariat)).toEqual(secretariatBefore)

    await shareGermanPosition('delegation_and_secretariat')
    expect(await countOn(mexican)).toEqual(mexicoBefore)
    expect(await countOn(secretariat)).toEqual({ ...secretariatBefore, positions: secretariatBefore.positions + 1 })

    await shareGermanPosition('all_participants')
    expect(await countOn(mexican)).toEqual({ ...mexicoBefore, positions: mexicoBefore.positions + 1 })
    // The earlier share is no longer current: still one German position for the secretariat.
    expect(await countOn(secretariat)).toEqual({ ...secretariatBefore, positions: secretariatBefore.positions + 1 })
    expect(await countOn(administrator)).toEqual({ ...mexicoBefore, positions: mexicoBefore.positions + 1 })

    // Withdrawn to the delegation: nobody outside counts it any more.
    await shareGermanPosition('delegation')
    expect(await countOn(mexican)).toEqual(mexicoBefore)
    expect(await countOn(secretariat)).toEqual(secretariatBefore)
  })

  it('counts implementation statuses apart from positions, and never the viewer’s own delegation’s', async () => {
    const mexicoBefore = await countOn(mexican)
    const germanyBefore = await countOn(germanDelegate)
    await saveDraft(db, germanDelegate, statusKind, {
      itemCode: ITEM,
      state: 'planned',
      evidence: '',
      links: [],
      asOf: null,
      baseVersion: null,
    })
    expect(await countOn(mexican)).toEqual(mexicoBefore)
    await shareDraft(db, germanFocalPoint, statusKind, { itemCode: ITEM, visibility: 'all_participants' })
    expect(await countOn(mexican)).toEqual({ ...mexicoBefore, statuses: mexicoBefore.statuses + 1 })
    expect(await countOn(germanDelegate)).toEqual(germanyBefore)
  })

  it('counts every item in one query', async () => {
    const before = counting.queryCount()
    const counts = await countSharesByItem(counting.db, mexican)
    expect(counts.get(ITEM)?.statuses).toBeGreaterThan(0)
    expect(counting.queryCount() - before).toBe(1)
  })

  it('gives anonymous visitors of the catalogue no counts, and signed-in ones a count per item', async () => {
    expect((await getCataloguePage(db, null, {})).shareCounts).toBeNull()
    const page = await getCataloguePage(db, mexican, { q: ITEM })
    expect(page.items.map((item) => item.code)).toEqual([ITEM])
    expect(page.shareCounts?.[ITEM]).toEqual(await countOn(mexican))
  })
})
