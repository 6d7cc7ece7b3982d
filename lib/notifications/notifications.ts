/**
 * In-app notifications: for mentions, replies on threads people took part in,
 * and the secretariat's requests to a delegation. A notification about a
 * comment is shown only while its reader may still read that comment (a
 * comment's level never widens, but a person may change delegation or role),
 * so every query goes through `readableCommentWhere`.
 */
import 'server-only'

import { deliverMail, enqueueMail } from '@/lib/accounts/outbox'
import { authorize } from '@/lib/auth/authorize'
import type { Viewer } from '@/lib/auth/viewer'
import { isSecretariat } from '@/lib/auth/permissions'
import { reviewInputHref } from '@/lib/review/review-states'
import { readableCommentWhere } from '@/lib/visibility/comments'
import { readableClarificationWhere } from '@/lib/visibility/review'
import type { Db } from '@/lib/db'
import { getEnv, type Env } from '@/lib/env'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { NotificationKind } from '@/lib/generated/prisma/enums'

export type NotificationEntry = {
  id: string
  kind: NotificationKind
  text: string
  actor: string | null
  createdAt: Date
  isRead: boolean
  /** The item page at the comment, or null when it links nowhere. */
  href: string | null
}

export type NewNotification = {
  userId: string
  kind: NotificationKind
  actorId: string
  itemId: string
  commentId: string
  text: string
}

export function commentHref(itemCode: string, commentId: string): string {
  return `/catalogue/${encodeURIComponent(itemCode)}#comment-${commentId}`
}

/** Notifications the viewer may see: their own, about comments and clarification threads they can still read. */
function ownVisibleWhere(viewer: Viewer): Prisma.NotificationWhereInput {
  return {
    userId: viewer.userId,
    AND: [
      { OR: [{ commentId: null }, { comment: { is: readableCommentWhere(viewer) } }] },
      { OR: [{ clarificationId: null }, { clarification: { is: readableClarificationWhere(viewer) } }] },
    ],
  }
}

const linkSelect = {
  commentId: true,
  item: { select: { code: true } },
  clarification: { select: { id: true, inputKind: true, inputId: true } },
} satisfies Prisma.NotificationSelect

/** Where a notification leads: the comment, or the clarification thread (the secretariat reads it on the input's review page). */
function notificationHref(viewer: Viewer, notification: Prisma.NotificationGetPayload<{ select: typeof linkSelect }>): string | null {
  const { item, commentId, clarification } = notification
  if (clarification) {
    return isSecretariat(viewer.role)
      ? `${reviewInputHref(clarification.inputKind, clarification.inputId)}#clarification-${clarification.id}`
      : item
        ? `/catalogue/${encodeURIComponent(item.code)}#clarification-${clarification.id}`
        : null
  }
  return item && commentId ? commentHref(item.code, commentId) : null
}

/**
 * Records notifications inside the transaction that wrote the comment; with
 * SMTP configured, also queues one mail each. Returns the queued mails' ids
 * for `deliverNotificationMails` after the commit. The mail names the item
 * and links to it, never the comment's words: mail leaves the workspace.
 */
export async function recordNotifications(
  tx: Prisma.TransactionClient,
  notifications: NewNotification[],
  mail: { itemCode: string; baseUrl: string | undefined },
  env: Env = getEnv(),
): Promise<string[]> {
  if (notifications.length === 0) return []
  await tx.notification.createMany({ data: notifications })
  if (!env.SMTP_URL) return []
  const recipients = await tx.user.findMany({
    where: { id: { in: notifications.map((notification) => notification.userId) }, deactivatedAt: null },
    select: { id: true, email: true },
  })
  const emails = new Map(recipients.map((recipient) => [recipient.id, recipient.email]))
  const ids: string[] = []
  for (const notification of notifications) {
    const to = emails.get(notification.userId)
    if (!to) continue
    const link = `${(mail.baseUrl ?? '').replace(/\/$/, '')}${commentHref(mail.itemCode, notification.commentId)}`
    ids.push(
      await enqueueMail(tx, {
        to,
        subject: notification.text,
        text: `${notification.text}\n\nRead it in the GCM Stocktaking Workspace:\n${link}\n`,
      }),
    )
  }
  return ids
}

/** Sends queued notification mails; failures stay in the outbox, never fail the comment. */
export async function deliverNotificationMails(db: Db, messageIds: string[], env: Env = getEnv()): Promise<void> {
  for (const id of messageIds) await deliverMail(db, id, env)
}

export async function countUnreadNotifications(db: Db, viewer: Viewer): Promise<number> {
  authorize(viewer)
  return db.notification.count({ where: { AND: [ownVisibleWhere(viewer), { readAt: null }] } })
}

/** The viewer's notifications, newest first. */
export async function listNotifications(db: Db, viewer: Viewer, options: { take?: number } = {}): Promise<NotificationEntry[]> {
  authorize(viewer)
  const notifications = await db.notification.findMany({
    where: ownVisibleWhere(viewer),
    select: {
      id: true,
      kind: true,
      text: true,
      createdAt: true,
      readAt: true,
      ...linkSelect,
      actor: { select: { name: true } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.take ?? 200,
  })
  return notifications.map((notification) => ({
    id: notification.id,
    kind: notification.kind,
    text: notification.text,
    actor: notification.actor?.name ?? null,
    createdAt: notification.createdAt,
    isRead: notification.readAt !== null,
    href: notificationHref(viewer, notification),
  }))
}

/** Marks one of the viewer's notifications read; returns where it leads, or null if it is not theirs to open. */
export async function openNotification(db: Db, viewer: Viewer, notificationId: string): Promise<{ href: string | null } | null> {
  authorize(viewer)
  const notification = await db.notification.findFirst({
    where: { AND: [ownVisibleWhere(viewer), { id: notificationId }] },
    select: { id: true, readAt: true, ...linkSelect },
  })
  if (!notification) return null
  if (!notification.readAt) await db.notification.update({ where: { id: notification.id }, data: { readAt: new Date() } })
  return { href: notificationHref(viewer, notification) }
}

export async function markAllNotificationsRead(db: Db, viewer: Viewer): Promise<number> {
  authorize(viewer)
  const { count } = await db.notification.updateMany({ where: { userId: viewer.userId, readAt: null }, data: { readAt: new Date() } })
  return count
}
