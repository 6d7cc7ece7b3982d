/**
 * The activity feed: shares of positions and implementation statuses, and the
 * secretariat's review actions, newest first, each read through its own
 * visibility rule, so the feed shows a viewer nothing their pages would not.
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import { listShares } from '@/lib/drafts/drafts'
import type { ReviewInputKind, ReviewState, Visibility } from '@/lib/generated/prisma/enums'
import { readableReviewActionWhere } from '@/lib/visibility/review'

import { shareSources } from './review-inputs'

type ActivityBase = { id: string; at: Date; kind: ReviewInputKind; actor: string; delegation: string; itemCode: string; version: number }

export type ActivityEntry = ActivityBase &
  ({ type: 'share'; visibility: Visibility } | { type: 'review'; before: ReviewState; after: ReviewState })

export const ACTIVITY_SIZE = 50

export async function listActivity(db: Db, viewer: Viewer, take = ACTIVITY_SIZE): Promise<ActivityEntry[]> {
  authorize(viewer)
  const [positions, statuses, actions] = await Promise.all([
    listShares(db, viewer, shareSources.position.draftKind, { newestFirst: true, take }),
    listShares(db, viewer, shareSources.implementation_status.draftKind, { newestFirst: true, take }),
    db.reviewAction.findMany({
      where: readableReviewActionWhere(viewer),
      select: {
        id: true,
        inputKind: true,
        version: true,
        stateBefore: true,
        stateAfter: true,
        createdAt: true,
        actor: { select: { name: true } },
        delegation: { select: { name: true } },
        item: { select: { code: true } },
      },
      orderBy: { createdAt: 'desc' },
      take,
    }),
  ])
  const shares = (kind: ReviewInputKind, list: typeof positions) =>
    list.map((share): ActivityEntry => ({
      type: 'share',
      id: `${kind}:${share.itemCode}:${share.delegation.code}:${share.sharedAt.getTime()}`,
      at: share.sharedAt,
      kind,
      actor: share.sharedBy,
      delegation: share.delegation.name,
      itemCode: share.itemCode,
      version: share.version,
      visibility: share.visibility,
    }))
  return [
    ...shares('position', positions),
    ...shares('implementation_status', statuses),
    ...actions.map((action): ActivityEntry => ({
      type: 'review',
      id: action.id,
      at: action.createdAt,
      kind: action.inputKind,
      actor: action.actor.name,
      delegation: action.delegation.name,
      itemCode: action.item.code,
      version: action.version,
      before: action.stateBefore,
      after: action.stateAfter,
    })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, take)
}
