/**
 * Who may read and write comments, as query fragments. Every comment query
 * (lists, counts, mentions, the links notifications lead to) builds its
 * `where` from `readableCommentWhere`, so a forgotten check returns nothing
 * rather than a delegation-only comment.
 */
import { actsForDelegation, isSecretariat, ownDelegationId, rolesWhere } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Visibility } from '@/lib/generated/prisma/enums'

/** From narrowest to widest: a reply may not be wider than the comment it answers. */
export const visibilityOrder = ['delegation', 'delegation_and_secretariat', 'all_participants'] as const satisfies readonly Visibility[]

export function visibilityRank(visibility: Visibility): number {
  return visibilityOrder.indexOf(visibility)
}

const rolesActingForDelegation = rolesWhere(actsForDelegation)
const rolesOfSecretariat = rolesWhere(isSecretariat)

/** Comments the viewer may read; signed out, none. */
export function readableCommentWhere(viewer: Viewer | null): Prisma.CommentWhereInput {
  // An impossible id rather than an empty object: no viewer means no comments.
  if (!viewer) return { id: '\u0000none' }
  const delegationId = ownDelegationId(viewer)
  return {
    OR: [
      { visibility: 'all_participants' },
      ...(delegationId ? [{ delegationId }] : []),
      ...(isSecretariat(viewer.role) ? [{ visibility: 'delegation_and_secretariat' as const }] : []),
    ],
  }
}

/**
 * The people who may read a comment: the same rule seen from the other side,
 * for choosing whom a mention or a notification may reach.
 */
export function commentReaderWhere(comment: { delegationId: string; visibility: Visibility }): Prisma.UserWhereInput {
  const rank = visibilityRank(comment.visibility)
  return {
    deactivatedAt: null,
    OR: [
      { role: { in: rolesActingForDelegation }, delegationId: comment.delegationId },
      ...(rank >= visibilityRank('delegation_and_secretariat') ? [{ role: { in: rolesOfSecretariat } }] : []),
      ...(rank >= visibilityRank('all_participants') ? [{}] : []),
    ],
  }
}

/** The levels a viewer may write at, in a conversation and (for a reply) under a parent of a given level. */
export function writableVisibilities(viewer: Viewer, parentVisibility: Visibility | null): Visibility[] {
  const cap = parentVisibility === null ? visibilityOrder.length - 1 : visibilityRank(parentVisibility)
  const floor = isSecretariat(viewer.role) ? visibilityRank('delegation_and_secretariat') : 0
  return visibilityOrder.filter((_, rank) => rank >= floor && rank <= cap)
}

/** Whether the viewer may answer a comment they can read (the server checks again when they do). */
export function canReplyTo(viewer: Viewer | null, comment: { delegationId: string; visibility: Visibility }): boolean {
  if (!viewer) return false
  if (ownDelegationId(viewer)) return comment.delegationId === ownDelegationId(viewer)
  return isSecretariat(viewer.role) && writableVisibilities(viewer, comment.visibility).length > 0
}
