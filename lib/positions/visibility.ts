/**
 * The visibility rule, as query fragments. A delegation's draft is its own; of
 * what it shared, only the latest share counts, and others see it only at the
 * level it was shared with: the secretariat at "delegation and secretariat" or
 * wider, every other participant at "all participants". Every read of
 * delegation-written content builds its `where` from here, so a forgotten
 * check returns nothing rather than a leak.
 */
import { isSecretariat, ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Visibility } from '@/lib/generated/prisma/enums'

export const visibilityLabels: Record<Visibility, string> = {
  delegation: 'Delegation only',
  delegation_and_secretariat: 'Delegation and secretariat',
  all_participants: 'All participants',
}

/** The levels at which another delegation's shared content reaches this viewer. */
export function visibilitiesSharedWith(viewer: Viewer): Visibility[] {
  return isSecretariat(viewer.role) ? ['delegation_and_secretariat', 'all_participants'] : ['all_participants']
}

/**
 * Drafts the viewer may read: their own delegation's, and nobody else's. The
 * same fragment scopes positions and implementation statuses, whose drafts
 * both carry `delegationId`, so the rule is written once.
 */
export function readableDraftWhere(viewer: Viewer): { delegationId: string } {
  const delegationId = ownDelegationId(viewer)
  // An impossible id rather than an empty object: no delegation means no drafts.
  return { delegationId: delegationId ?? '\u0000none' }
}

/** The relation from a share to the draft it was taken from: `position` for positions, `status` for implementation statuses. */
export type ShareParent = 'position' | 'status'

type ShareWhere<Parent extends ShareParent> = {
  OR: ({ [Key in Parent]: { delegationId: string } } | { isCurrent: true; visibility: { in: Visibility[] } })[]
}

/**
 * Shares the viewer may read: all of their own delegation's, others' current
 * ones at a level that reaches them. `parent` names the relation to the draft,
 * so position shares and status shares follow one rule.
 */
export function readableShareWhere<Parent extends ShareParent>(viewer: Viewer, parent: Parent): ShareWhere<Parent> {
  const delegationId = ownDelegationId(viewer)
  // A computed key widens to string; the cast only restores the name the caller passed.
  const own = delegationId ? [{ [parent]: { delegationId } } as { [Key in Parent]: { delegationId: string } }] : []
  return { OR: [...own, { isCurrent: true, visibility: { in: visibilitiesSharedWith(viewer) } }] }
}
