/**
 * The visibility rule, as query fragments. A delegation's draft is its own; of
 * what it shared, only the latest share counts, and others see it only at the
 * level it was shared with: the secretariat at "delegation and secretariat" or
 * wider, every other participant at "all participants". Every read of
 * delegation-written content builds its `where` from here, so a forgotten
 * check returns nothing rather than a leak.
 */
import { can } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Visibility } from '@/lib/generated/prisma/enums'

export const visibilityLabels: Record<Visibility, string> = {
  delegation: 'Delegation only',
  delegation_and_secretariat: 'Delegation and secretariat',
  all_participants: 'All participants',
}

/** The levels at which another delegation's shared content reaches this viewer. */
export function visibilitiesSharedWith(viewer: Viewer): Visibility[] {
  return can(viewer.role, 'review.read') ? ['delegation_and_secretariat', 'all_participants'] : ['all_participants']
}

/** The own delegation, when the viewer acts for one (delegates and focal points). */
export function ownDelegationId(viewer: Viewer): string | null {
  return can(viewer.role, 'position.edit') ? (viewer.delegation?.id ?? null) : null
}

/** Drafts the viewer may read: their own delegation's, and nobody else's. */
export function readableDraftWhere(viewer: Viewer): Prisma.PositionWhereInput {
  const delegationId = ownDelegationId(viewer)
  // An impossible id rather than an empty object: no delegation means no drafts.
  return { delegationId: delegationId ?? '\u0000none' }
}

/** Shares the viewer may read: all of their own delegation's, others' current ones at a level that reaches them. */
export function readableShareWhere(viewer: Viewer): Prisma.PositionShareWhereInput {
  const delegationId = ownDelegationId(viewer)
  return {
    OR: [
      ...(delegationId ? [{ position: { delegationId } }] : []),
      { isCurrent: true, visibility: { in: visibilitiesSharedWith(viewer) } },
    ],
  }
}
