/**
 * How many other delegations' current shares the viewer may read on each
 * item, for the catalogue and the tracker. Counted in the database, in one
 * query for every item and both kinds, under the same rule as every read of
 * shares, so a count can never reveal a draft or a share the viewer may not open.
 */
import 'server-only'

import { ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import { othersCurrentShareWhere } from '@/lib/visibility/drafts'

export type ShareCount = { positions: number; statuses: number }

export const noShares: ShareCount = { positions: 0, statuses: 0 }

/** Current shares of other delegations the viewer may read, by item code; items without any are left out. */
export async function countSharesByItem(db: Db, viewer: Viewer): Promise<Map<string, ShareCount>> {
  const own = ownDelegationId(viewer)
  // A draft has at most one current share, so counting drafts with a readable current share counts those shares.
  // Other delegations' drafts only: of the rule (lib/visibility/drafts.ts), only the branch for others' current
  // shares can match them, so asking for it alone lets Postgres answer from the share indexes (BENCHMARKS.md).
  const sharedBy = () => ({
    ...(own ? { delegationId: { not: own } } : {}),
    shares: { some: othersCurrentShareWhere(viewer) },
  })
  const items = await db.item.findMany({
    where: { retiredAt: null },
    select: { code: true, _count: { select: { positions: { where: sharedBy() }, statuses: { where: sharedBy() } } } },
  })
  return new Map(
    items
      .filter(({ _count }) => _count.positions + _count.statuses > 0)
      .map(({ code, _count }) => [code, { positions: _count.positions, statuses: _count.statuses }]),
  )
}
