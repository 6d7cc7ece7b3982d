/**
 * Who may read and write comments. Every comment query (lists, counts, the
 * links notifications lead to) builds its `where` from `readableCommentWhere`,
 * so a forgotten check returns nothing rather than a delegation-only comment;
 * whom a mention or notification reaches is decided by `canReadComment`, the
 * same rule seen from the other side.
 */
import { isSecretariat, ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Role, Visibility } from '@/lib/generated/prisma/enums'

/** From narrowest to widest: a reply may not be wider than the comment it answers. */
export const visibilityOrder = ['delegation', 'delegation_and_secretariat', 'all_participants'] as const satisfies readonly Visibility[]

export function visibilityRank(visibility: Visibility): number {
  return visibilityOrder.indexOf(visibility)
}

/** Anyone who may read a comment: a viewer, or a person looked up to be notified. */
export type CommentReader = { role: Role; delegation: { id: string } | null }

/**
 * The reading rule, once: a delegation reads all of its own conversation;
 * beyond it, everyone reads "all participants" and the secretariat also
 * "delegation and secretariat". `readableCommentWhere` (which comments a
 * reader reads) and `canReadComment` (whether a person reads one comment)
 * are both built from this, so they cannot drift apart.
 */
function levelsReadBeyondOwnDelegation(role: Role): Visibility[] {
  return isSecretariat(role) ? ['delegation_and_secretariat', 'all_participants'] : ['all_participants']
}

/** Comments the viewer may read; signed out, none. */
export function readableCommentWhere(viewer: CommentReader | null): Prisma.CommentWhereInput {
  // A match on no id rather than an empty object: no viewer means no comments.
  if (!viewer) return { id: { in: [] } }
  const delegationId = ownDelegationId(viewer)
  return {
    OR: [...(delegationId ? [{ delegationId }] : []), { visibility: { in: levelsReadBeyondOwnDelegation(viewer.role) } }],
  }
}

/**
 * Whether a person reads a comment (one that exists, or one being written at
 * a level): for choosing whom a mention or a notification may reach. Callers
 * pass only active people.
 */
export function canReadComment(reader: CommentReader | null, comment: { delegationId: string; visibility: Visibility }): boolean {
  if (!reader) return false
  return comment.delegationId === ownDelegationId(reader) || levelsReadBeyondOwnDelegation(reader.role).includes(comment.visibility)
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
