/**
 * The delegation's tracker: every current item with the own delegation's
 * position and implementation status, who last edited them, how many comments
 * and other delegations' shares the viewer may read, and progress per cluster.
 * Built only on the draft cycle's own list functions and on counts under the
 * visibility rules, so the tracker cannot show another delegation's work.
 */
import 'server-only'

import { listOwnReviewSummaries, type OwnReviewSummary } from '@/lib/review/review-detail'
import { authorize } from '@/lib/auth/authorize'
import type { Viewer } from '@/lib/auth/viewer'
import type { ItemKind } from '@/lib/catalogue/catalogue-data'
import { findItems } from '@/lib/catalogue/queries'
import type { Db } from '@/lib/db'
import type { ImplementationState, Stance, Visibility } from '@/lib/generated/prisma/enums'
import { listOwnDrafts, listShares, type Draft } from '@/lib/drafts/drafts'
import { positionKind } from '@/lib/positions/position-kind'
import { statusKind } from '@/lib/statuses/status-kind'
import { readableCommentWhere } from '@/lib/visibility/comments'
import { countSharesByItem, noShares, type ShareCount } from '@/lib/workspace/share-counts'

import type { PositionProgress, TrackerFilters } from './tracker-filters'
import { defaultTrackerSort, sortTrackerRows, type TrackerSort } from './tracker-sort'

/** The latest share of a draft; null when it was never shared. */
export type TrackerShare = { version: number; visibility: Visibility }

export type TrackerRow = {
  code: string
  title: string
  kind: ItemKind
  clusters: number[]
  position: { stance: Stance; version: number; share: TrackerShare | null } | null
  status: { state: ImplementationState; version: number; share: TrackerShare | null } | null
  /** The latest save of the position or the status, by whom and when (ISO); null before either exists. */
  lastEdited: { by: string; at: string } | null
  /** Comments on the item the viewer may read. */
  comments: number
  /** Other delegations' current shares the viewer may read. */
  shares: ShareCount
  /** The secretariat's review of the delegation's shares on the item, and its questions still unanswered. */
  review: OwnReviewSummary | null
}

export type ClusterProgress = {
  number: number
  title: string
  items: number
  withPosition: number
  /** Positions whose current share reaches beyond the delegation. */
  positionShared: number
  withStatus: number
}

export type DelegationTracker = {
  /** The items the filters select, in the order asked for (the report's by default). */
  rows: TrackerRow[]
  /** Progress over the whole catalogue, whatever the filters. */
  clusters: ClusterProgress[]
  totalItems: number
}

/** Shared means seen outside the delegation: sharing at "delegation only" withdraws a wider share. */
export function isSharedBeyondDelegation(share: TrackerShare | null): boolean {
  return share !== null && share.visibility !== 'delegation'
}

/** A draft that still says "no position yet" is not a position, whatever it holds: the progress figures leave it out. */
function hasPosition(row: Pick<TrackerRow, 'position'>): boolean {
  return row.position !== null && row.position.stance !== 'no_position'
}

export function positionProgressOf(row: Pick<TrackerRow, 'position'>): PositionProgress {
  if (!row.position) return 'none'
  if (!isSharedBeyondDelegation(row.position.share)) return 'draft'
  return row.position.share?.version === row.position.version ? 'shared' : 'changed'
}

function matches(row: TrackerRow, filters: TrackerFilters): boolean {
  if (filters.position) {
    const progress = positionProgressOf(row)
    // "Shared" covers every position others can read, including those edited since.
    const isMatch = filters.position === 'shared' ? progress === 'shared' || progress === 'changed' : progress === filters.position
    if (!isMatch) return false
  }
  if (filters.status) return filters.status === 'none' ? row.status === null : row.status?.state === filters.status
  return true
}

/** Comments the viewer may read, deleted ones left out, by item code: one grouped query for every item. */
async function countCommentsByItem(db: Db, viewer: Viewer): Promise<Map<string, number>> {
  const items = await db.item.findMany({
    where: { retiredAt: null, comments: { some: readableCommentWhere(viewer) } },
    select: { code: true, _count: { select: { comments: { where: { AND: [readableCommentWhere(viewer), { deletedAt: null }] } } } } },
  })
  return new Map(items.map((item) => [item.code, item._count.comments]))
}

function latestEdit(...drafts: (Draft<unknown> | undefined)[]): TrackerRow['lastEdited'] {
  const latest = drafts.reduce<Draft<unknown> | undefined>(
    (newest, draft) => (draft && (!newest || draft.updatedAt > newest.updatedAt) ? draft : newest),
    undefined,
  )
  return latest ? { by: latest.updatedBy, at: latest.updatedAt.toISOString() } : null
}

export async function getDelegationTracker(
  db: Db,
  viewer: Viewer,
  filters: TrackerFilters = {},
  sort: TrackerSort = defaultTrackerSort,
): Promise<DelegationTracker> {
  authorize(viewer, 'draft.edit')
  const delegationCode = viewer.delegation?.code
  // The own delegation's current shares: lib scopes them to what this viewer may read, the code narrows to their own.
  const ownShares = { delegationCode: delegationCode ?? '', currentOnly: true }
  const hasItemFilters = filters.q !== undefined || filters.cluster !== undefined || filters.kind !== undefined
  const [allItems, filteredItems, clusters, drafts, shares, statuses, statusShares, commentCounts, shareCounts, reviews] =
    await Promise.all([
      findItems(db),
      hasItemFilters ? findItems(db, { q: filters.q, cluster: filters.cluster, kind: filters.kind }) : null,
      // The cluster list is catalogue reference data, public like the items.
      db.cluster.findMany({ orderBy: { number: 'asc' }, select: { number: true, title: true } }),
      listOwnDrafts(db, viewer, positionKind),
      delegationCode ? listShares(db, viewer, positionKind, ownShares) : [],
      listOwnDrafts(db, viewer, statusKind),
      delegationCode ? listShares(db, viewer, statusKind, ownShares) : [],
      countCommentsByItem(db, viewer),
      countSharesByItem(db, viewer),
      listOwnReviewSummaries(db, viewer),
    ])
  const draftsByItem = new Map(drafts.map((draft) => [draft.itemCode, draft]))
  const sharesByItem = new Map(shares.map((share) => [share.itemCode, share]))
  const statusesByItem = new Map(statuses.map((status) => [status.itemCode, status]))
  const statusSharesByItem = new Map(statusShares.map((share) => [share.itemCode, share]))
  const shareOf = (share: { version: number; visibility: Visibility } | undefined): TrackerShare | null =>
    share ? { version: share.version, visibility: share.visibility } : null

  const toRow = (item: (typeof allItems)[number]): TrackerRow => {
    const draft = draftsByItem.get(item.code)
    const status = statusesByItem.get(item.code)
    return {
      code: item.code,
      title: item.title,
      kind: item.kind,
      clusters: item.clusters.map((cluster) => cluster.number),
      position: draft ? { stance: draft.stance, version: draft.version, share: shareOf(sharesByItem.get(item.code)) } : null,
      status: status ? { state: status.state, version: status.version, share: shareOf(statusSharesByItem.get(item.code)) } : null,
      lastEdited: latestEdit(draft, status),
      comments: commentCounts.get(item.code) ?? 0,
      shares: shareCounts.get(item.code) ?? noShares,
      review: reviews.get(item.code) ?? null,
    }
  }
  const allRows = allItems.map(toRow)
  const rowsByCode = new Map(allRows.map((row) => [row.code, row]))
  const selected = filteredItems ? filteredItems.flatMap((item) => rowsByCode.get(item.code) ?? []) : allRows

  return {
    rows: sortTrackerRows(
      selected.filter((row) => matches(row, filters)),
      sort,
    ),
    clusters: clusters.map((cluster) => {
      const inCluster = allRows.filter((row) => row.clusters.includes(cluster.number))
      return {
        number: cluster.number,
        title: cluster.title,
        items: inCluster.length,
        withPosition: inCluster.filter(hasPosition).length,
        positionShared: inCluster.filter((row) => hasPosition(row) && isSharedBeyondDelegation(row.position?.share ?? null)).length,
        withStatus: inCluster.filter((row) => row.status).length,
      }
    }),
    totalItems: allRows.length,
  }
}
