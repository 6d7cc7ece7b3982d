/**
 * What the item page shows of the proposed wordings on one item: the wording
 * matrix for every signed-in viewer, and the compilation text for the
 * secretariat, both from the wordings the viewer may read. The shares come
 * through the draft cycle (lib/drafts/drafts.ts), scoped by the one
 * visibility rule; nothing here filters for visibility itself.
 */
import 'server-only'

import { can } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import { listShares, type Share } from '@/lib/drafts/drafts'
import type { PositionContent } from '@/lib/positions/position-schemas'
import { positionKind } from '@/lib/positions/position-kind'

import { compileText, type CompilationText } from './compilation-text'
import { byDelegationName, groupWordings, type ProposedWording, type WordingGroup } from './wording-groups'

export type ItemWordings = {
  groups: WordingGroup[]
  /** Only for those who review the delegations' inputs (`review.read`); null for everyone else. */
  compilation: CompilationText | null
}

/**
 * The proposed wordings on an item the viewer may read, in delegation name
 * order: each delegation's current position share that proposes one (the
 * viewer's own delegation's at any level it shared, others' at a level that
 * reaches the viewer), with the stance it was shared with. Drafts never count.
 */
export async function listProposedWordings(db: Db, viewer: Viewer, itemCode: string): Promise<ProposedWording[]> {
  return proposedWordings(await listShares(db, viewer, positionKind, { itemCode, currentOnly: true }))
}

/** The wordings among an item's current position shares (as listShares scoped them for the viewer). */
function proposedWordings(shares: Share<PositionContent>[]): ProposedWording[] {
  return byDelegationName(
    shares.flatMap(({ delegation, stance, proposedWording }) =>
      proposedWording && proposedWording.trim() !== '' ? [{ delegation, stance, wording: proposedWording }] : [],
    ),
  )
}

/**
 * The matrix and compilation of an item's wordings. `currentShares` are the
 * item's current position shares the viewer may read, when the caller has
 * them already (the item page lists them too); read here otherwise.
 */
export async function getItemWordings(
  db: Db,
  viewer: Viewer,
  item: { code: string; text: string },
  currentShares?: Share<PositionContent>[],
): Promise<ItemWordings> {
  const wordings = currentShares ? proposedWordings(currentShares) : await listProposedWordings(db, viewer, item.code)
  return {
    groups: groupWordings(item.text, wordings),
    compilation: can(viewer.role, 'review.read') ? compileText(item.text, wordings) : null,
  }
}
