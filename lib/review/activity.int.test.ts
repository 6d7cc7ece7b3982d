/** The activity feed shows each viewer only shares and review actions they may see elsewhere. */
import { beforeAll, describe, expect, it } from 'vitest'

import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import { positionKind } from '@/lib/positions/position-kind'
import { useTestDb } from '@/lib/testing/db'
import { createCast, type Cast } from '@/lib/testing/factories'

import { listActivity } from './activity'
import { decideReview } from './review-decisions'

describe('the activity feed', () => {
  const db = useTestDb()
  let cast: Cast['viewers']
  const mine = (entries: Awaited<ReturnType<typeof listActivity>>, delegation: string) =>
    entries
      .filter((entry) => entry.delegation === delegation)
      .map((entry) => [entry.type, entry.itemCode, entry.type === 'share' ? entry.visibility : entry.after])

  beforeAll(async () => {
    cast = (await createCast(db)).viewers
    for (const [itemCode, visibility] of [
      ['R-19.01', 'delegation_and_secretariat'],
      ['R-19.02', 'all_participants'],
      ['R-19.03', 'delegation'],
    ] as const) {
      await saveDraft(db, cast.focalPoint, positionKind, {
        itemCode,
        baseVersion: null,
        stance: 'support',
        rationale: itemCode,
        proposedWording: null,
      })
      await shareDraft(db, cast.focalPoint, positionKind, { itemCode, visibility })
    }
    const position = await db.position.findFirstOrThrow({
      where: { delegationId: cast.focalPoint.delegation!.id, item: { code: 'R-19.01' } },
    })
    await decideReview(db, cast.secretariat, { kind: 'position', inputId: position.id, version: 1, state: 'reviewed' })
  })

  it('gives the secretariat what reached it and its decisions', async () => {
    expect(mine(await listActivity(db, cast.secretariat, 500), cast.focalPoint.delegation!.name)).toEqual([
      ['review', 'R-19.01', 'reviewed'],
      ['share', 'R-19.02', 'all_participants'],
      ['share', 'R-19.01', 'delegation_and_secretariat'],
    ])
  })

  it('gives the delegation all of its own shares and the decisions on them', async () => {
    const own = mine(await listActivity(db, cast.delegate, 500), cast.focalPoint.delegation!.name)
    expect(own).toHaveLength(4)
    expect(own[0]).toEqual(['review', 'R-19.01', 'reviewed'])
  })

  it('gives another delegation only what was shared with all participants, and no review decision', async () => {
    expect(mine(await listActivity(db, cast.otherDelegate, 500), cast.focalPoint.delegation!.name)).toEqual([
      ['share', 'R-19.02', 'all_participants'],
    ])
  })
})
