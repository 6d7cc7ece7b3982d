/**
 * The item page's first view of a busy item (issue 11): only the newest
 * shares of each kind and the newest comments, with how many there are in
 * all, and everything when the page asks for it. The own delegation's share
 * never takes a place in the others' list, and the wording matrix still
 * groups every wording, shown in the list or not.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import { getItem } from '@/lib/catalogue/queries'
import { createComment } from '@/lib/comments/comments'
import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import { positionKind } from '@/lib/positions/position-kind'
import { statusKind } from '@/lib/statuses/status-kind'
import { useOwnTestDb } from '@/lib/testing/db'
import { createCast, createDelegation, createUser } from '@/lib/testing/factories'

import { COMMENTS_SHOWN, SHARES_SHOWN } from './first-view'
import { getItemWorkspace, itemWorkspaceScope } from './item-workspace'

const ITEM = 'E-16.02'
const OTHERS = SHARES_SHOWN + 3

describe('the item page of an item many delegations work on', () => {
  // Its own database: the shares and comments here would show in other files' counts on the item.
  const db = useOwnTestDb('item_workspace')
  let focalPoint: Viewer
  const otherNames: string[] = []

  const workspace = async (scope: Record<string, string> = {}) => {
    const item = (await getItem(db, ITEM))!
    return getItemWorkspace(db, focalPoint, item, itemWorkspaceScope(scope))
  }

  beforeAll(async () => {
    const { viewers } = await createCast(db)
    focalPoint = viewers.focalPoint
    // The own delegation shares first, so it is the oldest share: it must not count among the others'.
    await saveDraft(db, focalPoint, positionKind, {
      itemCode: ITEM,
      baseVersion: null,
      stance: 'support',
      rationale: 'Ours.',
      proposedWording: 'Our words.',
    })
    await shareDraft(db, focalPoint, positionKind, { itemCode: ITEM, visibility: 'all_participants' })
    await saveDraft(db, focalPoint, statusKind, {
      itemCode: ITEM,
      baseVersion: null,
      state: 'planned',
      evidence: '',
      links: [],
      asOf: null,
    })
    await shareDraft(db, focalPoint, statusKind, { itemCode: ITEM, visibility: 'all_participants' })
    for (let index = 0; index < OTHERS; index += 1) {
      const delegation = await createDelegation(db, { name: `Delegation ${String(index).padStart(2, '0')}` })
      otherNames.push(delegation.name)
      const { viewer } = await createUser(db, 'focal_point', { delegationCode: delegation.code })
      await saveDraft(db, viewer, positionKind, {
        itemCode: ITEM,
        baseVersion: null,
        stance: 'concerns',
        rationale: `Rationale ${index}.`,
        proposedWording: `Wording ${index}.`,
      })
      await shareDraft(db, viewer, positionKind, { itemCode: ITEM, visibility: 'all_participants' })
      await saveDraft(db, viewer, statusKind, {
        itemCode: ITEM,
        baseVersion: null,
        state: 'in_progress',
        evidence: '',
        links: [],
        asOf: null,
      })
      await shareDraft(db, viewer, statusKind, { itemCode: ITEM, visibility: 'all_participants' })
    }
    for (let index = 0; index < COMMENTS_SHOWN + 4; index += 1) {
      await createComment(db, focalPoint, { itemCode: ITEM, body: `Comment ${index}`, visibility: 'delegation', parentId: null })
    }
  }, 120_000)

  it('lists the newest shares of each kind, with how many there are', async () => {
    const { positions, statuses } = await workspace()
    const newest = otherNames.slice(-SHARES_SHOWN).reverse()
    expect(positions.shared.map((share) => share.delegation.name)).toEqual(newest)
    expect(statuses.shared.map((share) => share.delegation.name)).toEqual(newest)
    expect(positions.sharedTotal).toBe(OTHERS)
    expect(statuses.sharedTotal).toBe(OTHERS)
  })

  it('lists every share when asked, still without the own delegation’s', async () => {
    const { positions, statuses } = await workspace({ shares: 'all' })
    expect(positions.shared.map((share) => share.delegation.name)).toEqual([...otherNames].reverse())
    expect(statuses.shared).toHaveLength(OTHERS)
    expect(positions.own?.shares).toHaveLength(1)
  })

  it('groups every wording in the matrix, listed or not', async () => {
    const { wordings } = await workspace()
    const wordingsInMatrix = wordings.groups.map((group) => group.wording)
    expect(wordingsInMatrix).toHaveLength(OTHERS + 1)
    expect(wordingsInMatrix).toContain('Wording 0.')
    expect(wordingsInMatrix).toContain('Our words.')
  })

  it('shows the newest comments, oldest first, with how many there are; all when asked', async () => {
    const { comments } = await workspace()
    expect(comments.total).toBe(COMMENTS_SHOWN + 4)
    expect(comments.comments.map((comment) => comment.body)).toEqual(
      Array.from({ length: COMMENTS_SHOWN }, (_, index) => `Comment ${index + 4}`),
    )
    const all = await workspace({ comments: 'all' })
    expect(all.comments.comments.map((comment) => comment.body)).toEqual(
      Array.from({ length: COMMENTS_SHOWN + 4 }, (_, index) => `Comment ${index}`),
    )
  })
})
