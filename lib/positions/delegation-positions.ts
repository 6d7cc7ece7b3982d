/**
 * One delegation's positions and implementation statuses as a given viewer may
 * see them: its drafts only when it is the viewer's own delegation, and of its
 * shares only those the visibility rule lets through (all of them for the own
 * delegation).
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import { ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import type { DelegationKind } from '@/lib/generated/prisma/enums'
import { listOwnStatuses, listSharedStatuses, type SharedStatus, type StatusDraft } from '@/lib/statuses/implementation-statuses'

import { listOwnDrafts, listSharedPositions, type PositionDraft, type SharedPosition } from './positions'

export type DelegationPositions = {
  delegation: { code: string; name: string; kind: DelegationKind }
  drafts: PositionDraft[]
  shares: SharedPosition[]
  statuses: { drafts: StatusDraft[]; shares: SharedStatus[] }
}

/** Null when no delegation has the code. Delegations themselves are no secret; what they wrote is. */
export async function getDelegationPositions(db: Db, viewer: Viewer, code: string): Promise<DelegationPositions | null> {
  authorize(viewer)
  const delegation = await db.delegation.findUnique({ where: { code }, select: { id: true, code: true, name: true, kind: true } })
  if (!delegation) return null
  // Drafts are read only through listOwnDrafts, which is scoped to the viewer's delegation whatever code was asked for.
  const isOwn = ownDelegationId(viewer) === delegation.id
  const [drafts, shares, statusDrafts, statusShares] = await Promise.all([
    isOwn ? listOwnDrafts(db, viewer) : [],
    listSharedPositions(db, viewer, { delegationCode: delegation.code }),
    isOwn ? listOwnStatuses(db, viewer) : [],
    listSharedStatuses(db, viewer, { delegationCode: delegation.code }),
  ])
  return {
    delegation: { code: delegation.code, name: delegation.name, kind: delegation.kind },
    drafts,
    shares,
    statuses: { drafts: statusDrafts, shares: statusShares },
  }
}
