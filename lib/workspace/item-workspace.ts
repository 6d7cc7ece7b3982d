/**
 * Everything the item page shows a signed-in viewer about the delegations'
 * work on one item, in one call: the own delegation's drafts of each kind
 * with their shares and history, other delegations' shares the viewer may
 * read, the proposed wordings side by side (and, for the secretariat, compiled),
 * and the comment thread. Every list is scoped by the lib it comes
 * from, so this assembles and never filters for visibility itself.
 */
import 'server-only'

import { can, ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import { writableVisibilities } from '@/lib/visibility/comments'
import {
  countItemComments,
  listItemComments,
  listMentionCandidates,
  type CommentView,
  type MentionCandidate,
} from '@/lib/comments/comments'
import type { Db } from '@/lib/db'
import type { DraftKind } from '@/lib/drafts/draft-kind'
import { countShares, getOwnDraft, listDraftHistory, listShares, type Draft, type HistoryEntry, type Share } from '@/lib/drafts/drafts'
import type { Visibility } from '@/lib/generated/prisma/enums'
import { positionKind } from '@/lib/positions/position-kind'
import { getOwnReviewOnItem, type OwnReview } from '@/lib/review/review-detail'
import { getItemWordings, type ItemWordings } from '@/lib/review/item-wordings'
import type { PositionContent } from '@/lib/positions/position-schemas'
import { statusKind } from '@/lib/statuses/status-kind'
import type { StatusContent } from '@/lib/statuses/status-schemas'
import { firstParam, type SearchParams } from '@/lib/search-params'

import { COMMENTS_SHOWN, SHARES_SHOWN } from './first-view'

/** One kind of input on the item: the own delegation's draft (when the viewer acts for one) and the others' shares. */
export type ItemInputs<Content> = {
  own: { draft: Draft<Content> | null; shares: Share<Content>[]; history: HistoryEntry<Content>[] } | null
  /**
   * Other delegations' current shares the viewer may read, newest first; the own delegation's show as its
   * draft. Only the newest SHARES_SHOWN unless the page asked for all.
   */
  shared: Share<Content>[]
  /** How many there are in all. */
  sharedTotal: number
}

/** What the viewer asked to see in full (the page's "Show all" links). */
export type ItemWorkspaceScope = { allShares?: boolean; allComments?: boolean }

/** `?shares=all`, `?comments=all`. */
export function itemWorkspaceScope(searchParams: SearchParams): ItemWorkspaceScope {
  return { allShares: firstParam(searchParams, 'shares') === 'all', allComments: firstParam(searchParams, 'comments') === 'all' }
}

export type ItemWorkspace = {
  /** The viewer's delegation, when they act for one. */
  delegation: { name: string; canShare: boolean } | null
  positions: ItemInputs<PositionContent>
  statuses: ItemInputs<StatusContent>
  /** The secretariat's review of the own delegation's shared inputs, for people who act for a delegation. */
  review: OwnReview | null
  wordings: ItemWordings
  comments: {
    /** The newest COMMENTS_SHOWN, oldest first, unless the page asked for all. */
    comments: CommentView[]
    /** How many the viewer may read in all. */
    total: number
    /** The server's clock when the thread was read, to ask for changes from. */
    loadedAt: string
    /** The levels a new thread may start at; none for people who only answer, and on retired items. */
    startVisibilities: Visibility[]
    /** The conversation a new thread starts in: the own delegation's code, or null for people who only answer. */
    ownDelegationCode: string | null
    mentionCandidates: MentionCandidate[]
  }
}

type OthersShares<Content> = { shares: Share<Content>[]; total: number }

async function itemInputs<Content>(
  db: Db,
  viewer: Viewer,
  kind: DraftKind<Content>,
  itemCode: string,
  others: Promise<OthersShares<Content>>,
): Promise<ItemInputs<Content>> {
  const delegation = ownDelegationId(viewer) ? viewer.delegation : null
  const [draft, shares, history, shared] = await Promise.all([
    delegation ? getOwnDraft(db, viewer, kind, itemCode) : null,
    delegation ? listShares(db, viewer, kind, { itemCode, delegationCode: delegation.code }) : [],
    delegation ? listDraftHistory(db, viewer, kind, itemCode) : [],
    others,
  ])
  return { own: delegation ? { draft, shares, history } : null, shared: shared.shares, sharedTotal: shared.total }
}

export async function getItemWorkspace(
  db: Db,
  viewer: Viewer,
  item: { code: string; text: string; retired: boolean },
  scope: ItemWorkspaceScope = {},
): Promise<ItemWorkspace> {
  const loadedAt = new Date().toISOString()
  const ownCode = ownDelegationId(viewer) ? viewer.delegation?.code : undefined
  const take = scope.allShares ? undefined : SHARES_SHOWN
  // Every current position share feeds the wording matrix, so the list is cut from it rather than read again.
  const positionShares = listShares(db, viewer, positionKind, { itemCode: item.code, currentOnly: true })
  const positionOthers = positionShares.then((all) => {
    const others = all.filter((share) => share.delegation.code !== ownCode)
    return { shares: others.slice(0, take), total: others.length }
  })
  const statusFilters = { itemCode: item.code, currentOnly: true, exceptDelegationCode: ownCode }
  const statusOthers = Promise.all([
    listShares(db, viewer, statusKind, { ...statusFilters, take }),
    countShares(db, viewer, statusKind, statusFilters),
  ]).then(([shares, total]) => ({ shares, total }))
  const [positions, statuses, wordings, comments, commentTotal, mentionCandidates, review] = await Promise.all([
    itemInputs(db, viewer, positionKind, item.code, positionOthers),
    itemInputs(db, viewer, statusKind, item.code, statusOthers),
    positionShares.then((shares) => getItemWordings(db, viewer, item, shares)),
    listItemComments(db, viewer, item.code, scope.allComments ? {} : { latest: COMMENTS_SHOWN }),
    countItemComments(db, viewer, item.code),
    listMentionCandidates(db, viewer, item.code),
    getOwnReviewOnItem(db, viewer, item.code),
  ])
  const delegation = ownDelegationId(viewer) ? viewer.delegation : null
  return {
    delegation: delegation ? { name: delegation.name, canShare: can(viewer.role, 'draft.share') } : null,
    positions,
    statuses,
    review,
    wordings,
    comments: {
      comments,
      total: commentTotal,
      loadedAt,
      startVisibilities: !item.retired && delegation ? writableVisibilities(viewer, null) : [],
      ownDelegationCode: delegation?.code ?? null,
      mentionCandidates,
    },
  }
}
