/**
 * The wording matrix and the compilation text read only what the viewer may
 * read: three delegations of the file's own on item F-12.01 (no other file
 * writes on it), each with a draft or a share at one level. Assertions look
 * at these delegations only, so other files' shares cannot change them.
 */
import { compareNames } from '@/lib/names'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import type { Visibility } from '@/lib/generated/prisma/enums'
import { positionKind } from '@/lib/positions/position-kind'
import { useTestDb } from '@/lib/testing/db'
import { createCast, createDelegation, createUser, type Cast } from '@/lib/testing/factories'

import { getItemWordings, listProposedWordings } from './item-wordings'

const ITEM = { code: 'F-12.01', text: '' }

describe('the proposed wordings a viewer reads', () => {
  const db = useTestDb()
  let cast: Cast['viewers']
  let third: Viewer
  let ours: string[]

  async function propose(author: Viewer, wording: string, visibility: Visibility | null, baseVersion: number | null = null) {
    await saveDraft(db, author, positionKind, {
      itemCode: ITEM.code,
      baseVersion,
      stance: 'support_with_amendments',
      rationale: 'Our amendment.',
      proposedWording: wording,
    })
    if (visibility) await shareDraft(db, author, positionKind, { itemCode: ITEM.code, visibility })
  }

  beforeAll(async () => {
    cast = (await createCast(db)).viewers
    const item = await db.item.findUniqueOrThrow({ where: { code: ITEM.code }, select: { text: true } })
    ITEM.text = item.text
    const thirdDelegation = await createDelegation(db)
    third = (await createUser(db, 'focal_point', { delegationCode: thirdDelegation.code })).viewer
    ours = [cast.focalPoint.delegation!.code, cast.otherFocalPoint.delegation!.code, thirdDelegation.code]

    // Ours shares with the secretariat only, then drafts a newer wording it does not share.
    await propose(cast.focalPoint, 'A unifying framework is needed, with common principles.', 'delegation_and_secretariat')
    await propose(cast.focalPoint, 'An unshared draft wording of ours.', null, 1)
    // The other delegation only drafts.
    await propose(cast.otherFocalPoint, 'The other delegation’s draft wording.', null)
    // The third shares with everyone.
    await propose(third, 'A binding framework is needed, with common principles.', 'all_participants')
  })

  const wordingsOf = async (viewer: Viewer) =>
    (await listProposedWordings(db, viewer, ITEM.code))
      .filter(({ delegation }) => ours.includes(delegation.code))
      .map(({ delegation, wording }) => [delegation.code, wording])

  it('never gives a delegate another delegation’s draft or its secretariat-only share', async () => {
    const wordings = await wordingsOf(third)
    expect(wordings).toEqual([[ours[2], 'A binding framework is needed, with common principles.']])
    const shown = JSON.stringify(await getItemWordings(db, third, ITEM))
    expect(shown).not.toContain('draft wording')
    expect(shown).not.toContain('A unifying framework is needed')
  })

  it('gives a delegation its own current share, whatever its level, but not its newer draft', async () => {
    // In the order of the delegations' names, as the app sorts names (test delegations are named after their codes).
    expect(await wordingsOf(cast.delegate)).toEqual(
      [
        [ours[0], 'A unifying framework is needed, with common principles.'],
        [ours[2], 'A binding framework is needed, with common principles.'],
      ].sort(([a], [b]) => compareNames(`Test delegation ${a}`, `Test delegation ${b}`)),
    )
  })

  it('gives the secretariat the shares that reach it, and no draft', async () => {
    const wordings = await wordingsOf(cast.secretariat)
    expect(wordings.map(([code]) => code).sort()).toEqual([ours[0], ours[2]].sort())
    expect(JSON.stringify(wordings)).not.toContain('draft wording')
  })

  it('compiles the text for the secretariat only', async () => {
    const forSecretariat = await getItemWordings(db, cast.secretariat, ITEM)
    expect(forSecretariat.compilation?.plainText).toContain('binding')
    expect(forSecretariat.compilation?.plainText).not.toContain('draft wording')
    expect((await getItemWordings(db, cast.delegate, ITEM)).compilation).toBeNull()
    expect((await getItemWordings(db, third, ITEM)).compilation).toBeNull()
  })
})
