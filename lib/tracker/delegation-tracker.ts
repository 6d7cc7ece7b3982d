/**
 * The delegation's tracker: every current item with the own delegation's
 * position and implementation status, and progress per cluster. Built only on
 * the draft cycle's own list functions, which scope every read by
 * the visibility rule, so the tracker cannot show another delegation's work.
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import type { Viewer } from '@/lib/auth/viewer'
import type { ItemKind } from '@/lib/catalogue/catalogue-data'
import { findItems } from '@/lib/catalogue/queries'
import type { Db } from '@/lib/db'
import type { ImplementationState, Stance, Visibility } from '@/lib/generated/prisma/enums'
import { listOwnDrafts, listShares } from '@/lib/drafts/drafts'
import { positionKind } from '@/lib/positions/position-kind'
import { statusKind } from '@/lib/statuses/status-kind'

import type { PositionProgress, TrackerFilters } from './tracker-filters'

/** The latest share of a draft; null when it was never shared. */
export type TrackerShare = { version: number; visibility: Visibility }

export type TrackerRow = {
  code: string
  title: string
  kind: ItemKind
  clusters: number[]
  position: { stance: Stance; version: number; share: TrackerShare | null } | null
  status: { state: ImplementationState; version: number; share: TrackerShare | null } | null
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
  /** The items the filters select, in the report's order. */
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

export async function getDelegationTracker(db: Db, viewer: Viewer, filters: TrackerFilters = {}): Promise<DelegationTracker> {
  authorize(viewer, 'draft.edit')
  const delegationCode = viewer.delegation?.code
  // The own delegation's current shares: lib scopes them to what this viewer may read, the code narrows to their own.
  const ownShares = { delegationCode: delegationCode ?? '', currentOnly: true }
  const hasItemFilters = filters.q !== undefined || filters.cluster !== undefined || filters.kind !== undefined
  const [allItems, filteredItems, clusters, drafts, shares, statuses, statusShares] = await Promise.all([
    findItems(db),
    hasItemFilters ? findItems(db, { q: filters.q, cluster: filters.cluster, kind: filters.kind }) : null,
    // The cluster list is catalogue reference data, public like the items.
    db.cluster.findMany({ orderBy: { number: 'asc' }, select: { number: true, title: true } }),
    listOwnDrafts(db, viewer, positionKind),
    delegationCode ? listShares(db, viewer, positionKind, ownShares) : [],
    listOwnDrafts(db, viewer, statusKind),
    delegationCode ? listShares(db, viewer, statusKind, ownShares) : [],
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
    }
  }
  const allRows = allItems.map(toRow)
  const rowsByCode = new Map(allRows.map((row) => [row.code, row]))
  const selected = filteredItems ? filteredItems.flatMap((item) => rowsByCode.get(item.code) ?? []) : allRows

  return {
    rows: selected.filter((row) => matches(row, filters)),
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
