/**
 * What the dashboards count: current shares the viewer may read (the one
 * visibility rule, lib/visibility/drafts.ts), shared beyond the delegation
 * (a share at "delegation only" withdraws), on current items. A "no position
 * yet" share is not a position. Every figure is read through these queries,
 * so a delegation's figures never count another delegation's drafts or its
 * secretariat-only shares.
 */
import 'server-only'

import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ImplementationState, Stance } from '@/lib/generated/prisma/enums'
import { readableShareWhere } from '@/lib/visibility/drafts'

export function countedPositionShareWhere(viewer: Viewer): Prisma.PositionShareWhereInput {
  return {
    AND: [
      readableShareWhere(viewer, 'position'),
      { isCurrent: true, visibility: { not: 'delegation' }, stance: { not: 'no_position' }, position: { item: { retiredAt: null } } },
    ],
  }
}

export function countedStatusShareWhere(viewer: Viewer): Prisma.ImplementationStatusShareWhereInput {
  return {
    AND: [
      readableShareWhere(viewer, 'status'),
      { isCurrent: true, visibility: { not: 'delegation' }, status: { item: { retiredAt: null } } },
    ],
  }
}

export type CountedPosition = { itemId: string; delegationId: string; stance: Exclude<Stance, 'no_position'> }
export type CountedStatus = { itemId: string; delegationId: string; state: ImplementationState }

/** One row per (item, delegation) with a counted position: each position has at most one current share. */
export async function listCountedPositions(db: Db, viewer: Viewer): Promise<CountedPosition[]> {
  const shares = await db.positionShare.findMany({
    where: countedPositionShareWhere(viewer),
    select: { stance: true, position: { select: { itemId: true, delegationId: true } } },
    // Some 19,000 rows: separate queries keep the index-only scans (share_count_indexes) that a joined JSON object per row loses.
    relationLoadStrategy: 'query',
  })
  return shares.map(({ stance, position }) => ({ ...position, stance: stance as CountedPosition['stance'] }))
}

export async function listCountedStatuses(db: Db, viewer: Viewer): Promise<CountedStatus[]> {
  const shares = await db.implementationStatusShare.findMany({
    where: countedStatusShareWhere(viewer),
    select: { state: true, status: { select: { itemId: true, delegationId: true } } },
    relationLoadStrategy: 'query',
  })
  return shares.map(({ state, status }) => ({ ...status, state }))
}

/**
 * The delegations (not the secretariat) with no counted position or status,
 * in one query. For someone acting for a delegation, only their own is asked
 * about: whether others have shared anything is not theirs to know.
 */
export async function listSilentDelegations(db: Db, viewer: Viewer, ownDelegationId: string | null) {
  return db.delegation.findMany({
    where: {
      kind: { not: 'secretariat' },
      ...(ownDelegationId ? { id: ownDelegationId } : {}),
      positions: { none: { shares: { some: countedPositionShareWhere(viewer) } } },
      statuses: { none: { shares: { some: countedStatusShareWhere(viewer) } } },
    },
    select: { code: true, name: true, kind: true, regionalGroup: true },
    orderBy: { name: 'asc' },
  })
}
