/**
 * Who may read a delegation's submitted versions: its own members, and the
 * secretariat they are sent to. Nobody else, not even as a count.
 */
import { isSecretariat, ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Prisma } from '@/lib/generated/prisma/client'

export function readableSubmissionWhere(viewer: Viewer): Prisma.SubmissionWhereInput {
  if (isSecretariat(viewer.role)) return {}
  const delegationId = ownDelegationId(viewer)
  return delegationId ? { delegationId } : { id: { in: [] } }
}
