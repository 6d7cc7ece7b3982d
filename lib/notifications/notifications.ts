/**
 * In-app notifications: for mentions, replies on threads people took part in,
 * and the secretariat's requests to a delegation. A notification stores no
 * words of its comment: the list reads an excerpt when it is shown, through
 * `readableCommentWhere`, so a reader who may no longer read the comment (a
 * comment's level never widens, but a person may change delegation or role)
 * sees that it is no longer visible to them, and nothing of it, nor a link.
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

import { commentExcerpt } from './comment-excerpt'

export type NotificationEntry = {
  id: string
  kind: NotificationKind
  text: string
  actor: string | null
  createdAt: Date
  isRead: boolean
  /** The item page at the comment, or null when it links nowhere (the reader may no longer read the comment). */
  href: string | null
  /** What the reader may see of the comment now; null for a notification about no comment. */
  comment: CommentGlimpse | null
}

/** A comment as a notification shows it: the start of its text, or why there is none. */
export type CommentGlimpse = { state: 'readable'; excerpt: string } | { state: 'deleted' } | { state: 'not_visible' }

export type NewNotification = {
  userId: string
  kind: NotificationKind
  actorId: string
  itemId: string
  commentId: string
  text: string
}

export function commentHref(itemCode: string, commentId: string): string {
  // The whole thread: the comment may be older than the page's first view of it.
  return `/catalogue/${encodeURIComponent(itemCode)}?comments=all#comment-${commentId}`
}

/** Notifications the viewer may see: their own, and of clarification threads only while they may read the thread. */
function ownVisibleWhere(viewer: Viewer): Prisma.NotificationWhereInput {
  return { userId: viewer.userId, OR: [{ clarificationId: null }, { clarification: { is: readableClarificationWhere(viewer) } }] }
}

const linkSelect = {
  commentId: true,
  item: { select: { code: true } },
  clarification: { select: { id: true, inputKind: true, inputId: true } },
} satisfies Prisma.NotificationSelect

/**
 * Where a notification leads: the comment while the reader may read it, or
 * the clarification thread (the secretariat reads it on the input's review page).
 */
function notificationHref(
  viewer: Viewer,
  notification: Prisma.NotificationGetPayload<{ select: typeof linkSelect }>,
  isCommentReadable: boolean,
): string | null {
  const { item, commentId, clarification } = notification
  if (clarification) {
    return isSecretariat(viewer.role)
      ? `${reviewInputHref(clarification.inputKind, clarification.inputId)}#clarification-${clarification.id}`
      : item
        ? `/catalogue/${encodeURIComponent(item.code)}#clarification-${clarification.id}`
        : null
  }
  return item && commentId && isCommentReadable ? commentHref(item.code, commentId) : null
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

/** The comments, of those named, that the viewer may read now: what a notification may show of them. */
async function readableComments(db: Db, viewer: Viewer, commentIds: string[]) {
  const comments = await db.comment.findMany({
    where: { AND: [readableCommentWhere(viewer), { id: { in: commentIds } }] },
    select: { id: true, body: true, deletedAt: true },
  })
  return new Map(comments.map((comment) => [comment.id, comment]))
}

function glimpse(comment: { body: string; deletedAt: Date | null } | undefined): CommentGlimpse {
  if (!comment) return { state: 'not_visible' }
  if (comment.deletedAt) return { state: 'deleted' }
  return { state: 'readable', excerpt: commentExcerpt(comment.body) }
}

/** The viewer's notifications, newest first, each with what they may still see of its comment. */
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
  const readable = await readableComments(
    db,
    viewer,
    notifications.flatMap((notification) => (notification.commentId ? [notification.commentId] : [])),
  )
  return notifications.map((notification) => {
    const comment = notification.commentId ? glimpse(readable.get(notification.commentId)) : null
    return {
      id: notification.id,
      kind: notification.kind,
      text: notification.text,
      actor: notification.actor?.name ?? null,
      createdAt: notification.createdAt,
      isRead: notification.readAt !== null,
      href: notificationHref(viewer, notification, comment !== null && comment.state !== 'not_visible'),
      comment,
    }
  })
}

/**
 * Marks one of the viewer's notifications read; returns where it leads (null
 * once its comment is out of the viewer's sight), or null if it is not theirs.
 */
export async function openNotification(db: Db, viewer: Viewer, notificationId: string): Promise<{ href: string | null } | null> {
  authorize(viewer)
  const notification = await db.notification.findFirst({
    where: { AND: [ownVisibleWhere(viewer), { id: notificationId }] },
    select: { id: true, readAt: true, ...linkSelect },
  })
  if (!notification) return null
  if (!notification.readAt) await db.notification.update({ where: { id: notification.id }, data: { readAt: new Date() } })
  const isCommentReadable = notification.commentId
    ? (await readableComments(db, viewer, [notification.commentId])).has(notification.commentId)
    : false
  return { href: notificationHref(viewer, notification, isCommentReadable) }
}

export async function markAllNotificationsRead(db: Db, viewer: Viewer): Promise<number> {
  authorize(viewer)
  const { count } = await db.notification.updateMany({ where: { userId: viewer.userId, readAt: null }, data: { readAt: new Date() } })
  return count
}
