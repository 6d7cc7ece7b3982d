/**
 * Who may read the secretariat's review work, as query fragments. A
 * clarification thread is between one delegation and the secretariat; a
 * reviewer's note is the secretariat's alone. Review states of shared inputs
 * are read with the inputs themselves (./drafts.ts decides who reads those).
 */
import { isSecretariat, ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Prisma } from '@/lib/generated/prisma/client'

// No row has no id: a where that matches nothing (and sends Postgres no NUL byte, which it refuses).
const nothing = { id: { in: [] } }

/** Clarification threads the viewer may read: the secretariat all, a delegation its own. */
export function readableClarificationWhere(viewer: Viewer): Prisma.ClarificationWhereInput {
  if (isSecretariat(viewer.role)) return {}
  const delegationId = ownDelegationId(viewer)
  return delegationId ? { delegationId } : nothing
}

/** Reviewer notes the viewer may read: the secretariat's, for the secretariat only. */
export function readableReviewerNoteWhere(viewer: Viewer): Prisma.ReviewerNoteWhereInput {
  return isSecretariat(viewer.role) ? {} : nothing
}

/** The people a clarification thread reaches: the delegation's focal points when the secretariat asks. */
export function clarificationRecipientsWhere(delegationId: string): Prisma.UserWhereInput {
  return { delegationId, role: 'focal_point', deactivatedAt: null }
}

/** Review actions the viewer may read: the secretariat all, a delegation those on its own inputs. */
export function readableReviewActionWhere(viewer: Viewer): Prisma.ReviewActionWhereInput {
  if (isSecretariat(viewer.role)) return {}
  const delegationId = ownDelegationId(viewer)
  return delegationId ? { delegationId } : nothing
}
