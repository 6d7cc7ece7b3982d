/** The consolidated contribution reads what reached the secretariat, and nothing a delegation kept to itself. */
import { beforeAll, describe, expect, it } from 'vitest'

import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import { isAppError } from '@/lib/errors'
import type { Stance, Visibility } from '@/lib/generated/prisma/enums'
import { positionKind } from '@/lib/positions/position-kind'
import { decideReview } from '@/lib/review/review-decisions'
import { useTestDb } from '@/lib/testing/db'
import { createCast, type Cast } from '@/lib/testing/factories'

import { buildConsolidatedContent } from './consolidated-content'

const ITEM = 'E-16.14'

describe('the consolidated contribution', () => {
  const db = useTestDb()
  let cast: Cast['viewers']

  async function share(viewer: Cast['viewers']['focalPoint'], stance: Stance, wording: string | null, visibility: Visibility) {
    await saveDraft(db, viewer, positionKind, {
      itemCode: ITEM,
      baseVersion: null,
      stance,
      rationale: `${stance} reasons`,
      proposedWording: wording,
    })
    await shareDraft(db, viewer, positionKind, { itemCode: ITEM, visibility })
  }

  beforeAll(async () => {
    cast = (await createCast(db)).viewers
    const item = await db.item.findUniqueOrThrow({ where: { code: ITEM } })
    await share(cast.focalPoint, 'support_with_amendments', `${item.text} and more`, 'delegation_and_secretariat')
    await share(cast.otherFocalPoint, 'oppose', null, 'delegation')
  })

  it('counts the stances that reached the secretariat, with the delegations behind them and the compilation text', async () => {
    const content = await buildConsolidatedContent(db, cast.secretariat)
    const item = content.items.find((entry) => entry.code === ITEM)!
    const own = cast.focalPoint.delegation!.name
    expect(item.stances.find((entry) => entry.stance === 'support_with_amendments')?.delegations).toContain(own)
    expect(item.stances.find((entry) => entry.stance === 'oppose')?.delegations).not.toContain(cast.otherFocalPoint.delegation!.name)
    expect(item.compilationText).toContain(own)
    expect(item.included.map((input) => input.delegation)).not.toContain(own)

    const position = await db.position.findFirstOrThrow({ where: { delegationId: cast.focalPoint.delegation!.id, item: { code: ITEM } } })
    await decideReview(db, cast.secretariat, { kind: 'position', inputId: position.id, version: 1, state: 'included' })
    const after = (await buildConsolidatedContent(db, cast.secretariat)).items.find((entry) => entry.code === ITEM)!
    expect(after.included).toContainEqual({
      kind: 'position',
      delegation: own,
      summary: 'Support with amendments: support_with_amendments reasons',
    })
  })

  it('is the secretariat’s alone', async () => {
    for (const viewer of [cast.focalPoint, cast.delegate, cast.administrator]) {
      await expect(buildConsolidatedContent(db, viewer)).rejects.toSatisfy((error) => isAppError(error, 'forbidden'))
    }
  })
})
