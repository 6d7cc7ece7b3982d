/**
 * The home page of a delegate or focal point: the delegation's progress (as
 * the tracker counts it), its drafts nobody outside sees yet, the person's
 * unread notifications, and what needs them next. Built on the tracker and the
 * draft cycle's list functions, which scope every read to the viewer's own
 * delegation, so no other delegation's work can appear here.
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import { can } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import type { DraftKind } from '@/lib/drafts/draft-kind'
import { listOwnDrafts, listShares } from '@/lib/drafts/drafts'
import type { Visibility } from '@/lib/generated/prisma/enums'
import { countUnreadNotifications, listNotifications, type NotificationEntry } from '@/lib/notifications/notifications'
import { positionKind } from '@/lib/positions/position-kind'
import { statusKind } from '@/lib/statuses/status-kind'
import { getDelegationTracker, isSharedBeyondDelegation, type ClusterProgress, type TrackerRow } from '@/lib/tracker/delegation-tracker'
import type { PositionProgress } from '@/lib/tracker/tracker-filters'

import { itemInputHref } from './links'

/** How many unread notifications the home page lists; the rest are one link away. */
const LATEST_NOTIFICATIONS = 5

export type InputKind = 'position' | 'status'

/** A draft nobody outside the delegation sees in its latest version. */
export type UnsharedDraft = {
  kind: InputKind
  itemCode: string
  itemTitle: string
  version: number
  updatedAt: Date
  updatedBy: string
  /** The current share, when the draft was shared before (an older version, or within the delegation only). */
  share: { version: number; visibility: Visibility } | null
  href: string
}

/** One thing the person can do next, with the place to do it. */
export type NextStep = { id: string; text: string; href: string; cta: string }

export type DelegationHome = {
  standing: 'delegation'
  delegationName: string
  canShare: boolean
  totalItems: number
  clusters: ClusterProgress[]
  unsharedDrafts: UnsharedDraft[]
  unreadNotifications: number
  latestUnread: NotificationEntry[]
  nextSteps: NextStep[]
}

/** True when others outside the delegation see an older version or nothing at all. */
function isWaitingToBeShared(draft: { version: number }, share: { version: number; visibility: Visibility } | undefined): boolean {
  return !share || !isSharedBeyondDelegation(share) || share.version < draft.version
}

async function listUnsharedDrafts<Content>(
  db: Db,
  viewer: Viewer,
  kind: DraftKind<Content>,
  inputKind: InputKind,
  titles: Map<string, string>,
): Promise<UnsharedDraft[]> {
  const [drafts, shares] = await Promise.all([
    listOwnDrafts(db, viewer, kind),
    listShares(db, viewer, kind, { delegationCode: viewer.delegation?.code ?? '', currentOnly: true }),
  ])
  const currentShares = new Map(shares.map((share) => [share.itemCode, share]))
  return drafts.flatMap((draft) => {
    const share = currentShares.get(draft.itemCode)
    if (!isWaitingToBeShared(draft, share)) return []
    return [
      {
        kind: inputKind,
        itemCode: draft.itemCode,
        itemTitle: titles.get(draft.itemCode) ?? draft.itemCode,
        version: draft.version,
        updatedAt: draft.updatedAt,
        updatedBy: draft.updatedBy,
        share: share ? { version: share.version, visibility: share.visibility } : null,
        href: itemInputHref(draft.itemCode, inputKind),
      },
    ]
  })
}

/** An item still waits for a position when it has none, or a draft that says "no position yet". */
function needsPosition(row: TrackerRow): boolean {
  return !row.position || row.position.stance === 'no_position'
}

function trackerHref(position: PositionProgress): string {
  return `/delegation?position=${position}`
}

function nextStepsFor(viewer: Viewer, rows: TrackerRow[], unshared: UnsharedDraft[], unread: number): NextStep[] {
  const canShare = can(viewer.role, 'draft.share')
  const steps: NextStep[] = []
  if (unread > 0) {
    steps.push({
      id: 'notifications',
      text: unread === 1 ? 'A notification waits for you.' : `${unread} notifications wait for you.`,
      href: '/notifications',
      cta: 'Read notifications',
    })
  }
  const toShare = unshared.length
  if (toShare > 0) {
    steps.push(
      canShare
        ? {
            id: 'share',
            text: toShare === 1 ? 'A draft waits for you to share it.' : `${toShare} drafts wait for you to share them.`,
            href: trackerHref('draft'),
            cta: 'Review and share drafts',
          }
        : {
            id: 'share',
            text:
              toShare === 1
                ? 'A draft waits for your focal point to share it.'
                : `${toShare} drafts wait for your focal point to share them.`,
            href: trackerHref('draft'),
            cta: 'See the drafts',
          },
    )
  }
  const withoutPosition = rows.filter(needsPosition)
  const first = withoutPosition[0]
  if (first) {
    steps.push({
      id: 'positions',
      text:
        withoutPosition.length === 1
          ? 'One item has no position yet.'
          : `${withoutPosition.length} items have no position yet; the first in the report is ${first.code}.`,
      href: itemInputHref(first.code, 'position'),
      cta: `Draft a position on ${first.code}`,
    })
  }
  return steps
}

export async function getDelegationHome(db: Db, viewer: Viewer): Promise<DelegationHome> {
  authorize(viewer, 'draft.edit')
  const tracker = await getDelegationTracker(db, viewer)
  const titles = new Map(tracker.rows.map((row) => [row.code, row.title]))
  const [positions, statuses, unreadNotifications, notifications] = await Promise.all([
    listUnsharedDrafts(db, viewer, positionKind, 'position', titles),
    listUnsharedDrafts(db, viewer, statusKind, 'status', titles),
    countUnreadNotifications(db, viewer),
    listNotifications(db, viewer, { take: 50 }),
  ])
  // The most recently saved first: what the delegation worked on last is the likeliest to share next.
  const unsharedDrafts = [...positions, ...statuses].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
  return {
    standing: 'delegation',
    delegationName: viewer.delegation?.name ?? 'Your delegation',
    canShare: can(viewer.role, 'draft.share'),
    totalItems: tracker.totalItems,
    clusters: tracker.clusters,
    unsharedDrafts,
    unreadNotifications,
    latestUnread: notifications.filter((notification) => !notification.isRead).slice(0, LATEST_NOTIFICATIONS),
    nextSteps: nextStepsFor(viewer, tracker.rows, unsharedDrafts, unreadNotifications),
  }
}
