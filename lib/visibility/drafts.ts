/**
 * The visibility rule, as query fragments. A delegation's draft is its own; of
 * what it shared, only the latest share counts, and others see it only at the
 * level it was shared with: the secretariat at "delegation and secretariat" or
 * wider, every other participant at "all participants". Every read of
 * delegation-written drafts and shares builds its `where` from here, so a
 * forgotten check returns nothing rather than a leak.
 */
import { isSecretariat, ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Visibility } from '@/lib/generated/prisma/enums'

/** The levels at which another delegation's shared content reaches this viewer. */
export function visibilitiesSharedWith(viewer: Viewer): Visibility[] {
  return isSecretariat(viewer.role) ? ['delegation_and_secretariat', 'all_participants'] : ['all_participants']
}

/** Drafts the viewer may read: their own delegation's, and nobody else's. Every kind's drafts carry `delegationId`. */
export function readableDraftWhere(viewer: Viewer): { delegationId: string | { in: never[] } } {
  // A match on nothing rather than an empty object: no delegation means no drafts.
  return { delegationId: ownDelegationId(viewer) ?? { in: [] } }
}

/**
 * Shares the viewer may read: all of their own delegation's, others' current
 * ones at a level that reaches them. `parent` names the relation from a share
 * to its draft (`position`, `status`), so every kind follows one rule.
 */
export function readableShareWhere(viewer: Viewer, parent: string): { OR: object[] } {
  const delegationId = ownDelegationId(viewer)
  return {
    OR: [...(delegationId ? [{ [parent]: { delegationId } }] : []), othersCurrentShareWhere(viewer)],
  }
}

/** Of the shares above, those of other delegations: the current one, at a level that reaches the viewer. */
export function othersCurrentShareWhere(viewer: Viewer): { isCurrent: true; visibility: { in: Visibility[] } } {
  return { isCurrent: true, visibility: { in: visibilitiesSharedWith(viewer) } }
}
