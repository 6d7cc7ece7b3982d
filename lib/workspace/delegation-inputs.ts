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
import type { DraftKind } from '@/lib/drafts/draft-kind'
import { listOwnDrafts, listShares, type Draft, type Share } from '@/lib/drafts/drafts'
import type { DelegationKind } from '@/lib/generated/prisma/enums'
import { positionKind } from '@/lib/positions/position-kind'
import type { PositionContent } from '@/lib/positions/position-schemas'
import { statusKind } from '@/lib/statuses/status-kind'
import type { StatusContent } from '@/lib/statuses/status-schemas'

type Inputs<Content> = { drafts: Draft<Content>[]; shares: Share<Content>[] }

export type DelegationInputs = {
  delegation: { code: string; name: string; kind: DelegationKind }
  positions: Inputs<PositionContent>
  statuses: Inputs<StatusContent>
}

/** Null when no delegation has the code. Delegations themselves are no secret; what they wrote is. */
export async function getDelegationInputs(db: Db, viewer: Viewer, code: string): Promise<DelegationInputs | null> {
  authorize(viewer)
  const delegation = await db.delegation.findUnique({ where: { code }, select: { id: true, code: true, name: true, kind: true } })
  if (!delegation) return null
  // Drafts are read only through listOwnDrafts, which is scoped to the viewer's delegation whatever code was asked for.
  const isOwn = ownDelegationId(viewer) === delegation.id
  const inputsOf = async <Content>(kind: DraftKind<Content>): Promise<Inputs<Content>> => {
    const [drafts, shares] = await Promise.all([
      isOwn ? listOwnDrafts(db, viewer, kind) : [],
      listShares(db, viewer, kind, { delegationCode: delegation.code }),
    ])
    return { drafts, shares }
  }
  const [positions, statuses] = await Promise.all([inputsOf(positionKind), inputsOf(statusKind)])
  return { delegation: { code: delegation.code, name: delegation.name, kind: delegation.kind }, positions, statuses }
}
