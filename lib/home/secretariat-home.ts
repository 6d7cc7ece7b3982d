/**
 * The secretariat's home page. Until the secretariat has a review queue, it
 * shows what delegations shared with it most recently; `listRecentSharesForSecretariat`
 * is the one function a review queue replaces.
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import type { DelegationKind, Visibility } from '@/lib/generated/prisma/enums'
import { readableShareWhere, visibilitiesSharedWith } from '@/lib/visibility/drafts'

import type { InputKind } from './delegation-home'
import { itemHref } from './links'

const RECENT_SHARES = 12

export type RecentShare = {
  id: string
  kind: InputKind
  itemCode: string
  itemTitle: string
  delegation: { code: string; name: string; kind: DelegationKind }
  version: number
  visibility: Visibility
  sharedAt: Date
  href: string
}

export type SecretariatHome = { standing: 'secretariat'; recentShares: RecentShare[] }

/** The current shares of every delegation that reach the secretariat, newest first: the latest of positions and statuses together. */
export async function listRecentSharesForSecretariat(db: Db, viewer: Viewer, take = RECENT_SHARES): Promise<RecentShare[]> {
  authorize(viewer, 'review.read')
  // Only current shares at a level that reaches the secretariat: never a draft, never a share the delegation kept to itself.
  const reaching = { isCurrent: true, visibility: { in: visibilitiesSharedWith(viewer) } }
  const parentSelect = {
    select: { item: { select: { code: true, title: true } }, delegation: { select: { code: true, name: true, kind: true } } },
  }
  const shareSelect = { id: true, version: true, visibility: true, sharedAt: true } as const
  const [positions, statuses] = await Promise.all([
    db.positionShare.findMany({
      where: { AND: [readableShareWhere(viewer, 'position'), reaching] },
      select: { ...shareSelect, position: parentSelect },
      orderBy: [{ sharedAt: 'desc' }, { id: 'desc' }],
      take,
    }),
    db.implementationStatusShare.findMany({
      where: { AND: [readableShareWhere(viewer, 'status'), reaching] },
      select: { ...shareSelect, status: parentSelect },
      orderBy: [{ sharedAt: 'desc' }, { id: 'desc' }],
      take,
    }),
  ])
  const toRecent = (
    kind: InputKind,
    share: (typeof positions)[number] | (typeof statuses)[number],
    parent: { item: { code: string; title: string }; delegation: RecentShare['delegation'] },
  ): RecentShare => ({
    id: share.id,
    kind,
    itemCode: parent.item.code,
    itemTitle: parent.item.title,
    delegation: parent.delegation,
    version: share.version,
    visibility: share.visibility,
    sharedAt: share.sharedAt,
    href: itemHref(parent.item.code),
  })
  return [
    ...positions.map((share) => toRecent('position', share, share.position)),
    ...statuses.map((share) => toRecent('status', share, share.status)),
  ]
    .sort((a, b) => b.sharedAt.getTime() - a.sharedAt.getTime())
    .slice(0, take)
}

export async function getSecretariatHome(db: Db, viewer: Viewer): Promise<SecretariatHome> {
  return { standing: 'secretariat', recentShares: await listRecentSharesForSecretariat(db, viewer) }
}
