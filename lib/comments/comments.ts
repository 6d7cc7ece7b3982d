/**
 * Comments: a thread per item, each comment in one delegation's conversation
 * and readable at its own level. Every function takes the viewer, checks what
 * their role allows, scopes its query by `readableCommentWhere` and returns
 * DTOs (dates as ISO strings: the same shape goes to the page, the client
 * thread and the API).
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import { AppError, ConflictError } from '@/lib/errors'
import { can, isSecretariat, ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import type { Env } from '@/lib/env'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Visibility } from '@/lib/generated/prisma/enums'
import { deliverNotificationMails, recordNotifications, type NewNotification } from '@/lib/notifications/notifications'

import { visibilityLabels } from '@/lib/visibility/labels'
import {
  canReadComment,
  canReplyTo,
  readableCommentWhere,
  visibilityOrder,
  visibilityRank,
  writableVisibilities,
} from '@/lib/visibility/comments'
import { parseMentions } from './mentions'

export type CommentRevisionView = { version: number; body: string; replacedAt: string; replacedBy: string }

export type CommentView = {
  id: string
  parentId: string | null
  delegation: { code: string; name: string }
  author: { name: string; isSecretariat: boolean }
  /** Null once deleted: the page shows "Comment deleted" instead. */
  body: string | null
  visibility: Visibility
  version: number
  createdAt: string
  editedAt: string | null
  deletedAt: string | null
  /** Earlier texts, oldest first; none are shown for a deleted comment. */
  revisions: CommentRevisionView[]
  canEdit: boolean
  canDelete: boolean
  /** The levels a reply by the viewer may have; empty when they may not reply. */
  replyVisibilities: Visibility[]
}

export type CommentWriteResult = {
  comment: CommentView
  /** Mentions that reached nobody, each as a sentence for the author. */
  notReached: string[]
}

const commentSelect = {
  id: true,
  parentId: true,
  authorId: true,
  body: true,
  visibility: true,
  version: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  delegationId: true,
  delegation: { select: { code: true, name: true } },
  author: { select: { name: true, role: true, delegationId: true } },
  revisions: {
    select: { version: true, body: true, createdAt: true, replacedBy: { select: { name: true } } },
    orderBy: { version: 'asc' },
  },
} as const satisfies Prisma.CommentSelect

type SelectedComment = Prisma.CommentGetPayload<{ select: typeof commentSelect }>

function isAuthor(viewer: Viewer, comment: { authorId: string }): boolean {
  return comment.authorId === viewer.userId
}

/** The author, or a focal point of the conversation's delegation for a comment by one of its members. */
function mayDelete(viewer: Viewer, comment: { authorId: string; delegationId: string; author: { delegationId: string | null } }): boolean {
  if (isAuthor(viewer, comment)) return true
  const own = ownDelegationId(viewer)
  return can(viewer.role, 'members.manage') && own !== null && comment.delegationId === own && comment.author.delegationId === own
}

function toView(viewer: Viewer, comment: SelectedComment): CommentView {
  const isDeleted = comment.deletedAt !== null
  return {
    id: comment.id,
    parentId: comment.parentId,
    delegation: comment.delegation,
    author: { name: comment.author.name, isSecretariat: isSecretariat(comment.author.role) },
    body: isDeleted ? null : comment.body,
    visibility: comment.visibility,
    version: comment.version,
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt?.toISOString() ?? null,
    deletedAt: comment.deletedAt?.toISOString() ?? null,
    revisions: isDeleted
      ? []
      : comment.revisions.map((revision) => ({
          version: revision.version,
          body: revision.body,
          replacedAt: revision.createdAt.toISOString(),
          replacedBy: revision.replacedBy.name,
        })),
    canEdit: !isDeleted && isAuthor(viewer, comment),
    canDelete: !isDeleted && mayDelete(viewer, comment),
    replyVisibilities: !isDeleted && canReplyTo(viewer, comment) ? writableVisibilities(viewer, comment.visibility) : [],
  }
}

/** The comments on an item the viewer may read, by the one visibility rule. */
const readableOnItem = (viewer: Viewer, itemCode: string): Prisma.CommentWhereInput => ({
  AND: [readableCommentWhere(viewer), { item: { code: itemCode } }],
})

/**
 * The comments on an item the viewer may read, oldest first. With
 * `changedSince`, only those written, edited or deleted after it (for the
 * live thread); with `latest`, only the newest that many (the item page's
 * first view of a long thread).
 */
export async function listItemComments(
  db: Db,
  viewer: Viewer,
  itemCode: string,
  options: { changedSince?: Date; latest?: number } = {},
): Promise<CommentView[]> {
  authorize(viewer)
  const since = options.changedSince
  const comments = await db.comment.findMany({
    where: {
      AND: [
        readableOnItem(viewer, itemCode),
        since ? { OR: [{ createdAt: { gt: since } }, { editedAt: { gt: since } }, { deletedAt: { gt: since } }] } : {},
      ],
    },
    select: commentSelect,
    orderBy: options.latest === undefined ? [{ createdAt: 'asc' }, { id: 'asc' }] : [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.latest,
  })
  if (options.latest !== undefined) comments.reverse()
  return comments.map((comment) => toView(viewer, comment))
}

/** How many comments on the item the viewer may read. */
export async function countItemComments(db: Db, viewer: Viewer, itemCode: string): Promise<number> {
  authorize(viewer)
  return db.comment.count({ where: readableOnItem(viewer, itemCode) })
}

export type MentionCandidate = {
  name: string
  email: string
  group: string
  /**
   * For each conversation the viewer may write in (by delegation code), the
   * levels at which this person would read the comment, and so be notified.
   */
  readsAt: Record<string, Visibility[]>
}

/**
 * The people a mention could reach, for the form's suggestions, each with
 * the levels at which they would read the comment. Offered are only names the
 * viewer already meets here: their delegation (for the secretariat, the
 * delegations whose comments it reads on the item), the secretariat, and the
 * authors of comments they read on the item. Whether a mention reaches
 * someone is decided again, by the same rule, for the comment itself.
 */
export async function listMentionCandidates(db: Db, viewer: Viewer, itemCode: string): Promise<MentionCandidate[]> {
  authorize(viewer)
  // Who wrote in which conversation, once each: a long thread has few distinct authors.
  const readable = await db.comment.groupBy({ by: ['authorId', 'delegationId'], where: readableOnItem(viewer, itemCode) })
  const own = ownDelegationId(viewer) ? viewer.delegation : null
  const conversations = own
    ? [own]
    : isSecretariat(viewer.role)
      ? await db.delegation.findMany({
          where: { id: { in: [...new Set(readable.map((comment) => comment.delegationId))] } },
          select: { id: true, code: true },
        })
      : []
  if (conversations.length === 0) return []
  const people = await db.user.findMany({
    where: {
      deactivatedAt: null,
      id: { not: viewer.userId },
      OR: [
        { delegationId: { in: conversations.map((conversation) => conversation.id) }, role: { in: ['delegate', 'focal_point'] } },
        { role: 'secretariat_reviewer' },
        { id: { in: readable.map((comment) => comment.authorId) } },
      ],
    },
    select: { name: true, email: true, role: true, delegation: { select: { id: true, name: true } } },
    orderBy: [{ name: 'asc' }],
    take: 200,
  })
  return people.flatMap((person) => {
    const readsAt = Object.fromEntries(
      conversations.map((conversation) => [
        conversation.code,
        visibilityOrder.filter((visibility) => canReadComment(person, { delegationId: conversation.id, visibility })),
      ]),
    )
    if (Object.values(readsAt).every((levels) => levels.length === 0)) return []
    const group = isSecretariat(person.role) ? 'Secretariat' : (person.delegation?.name ?? '')
    return [{ name: person.name, email: person.email, group, readsAt }]
  })
}

type WriteOptions = { baseUrl?: string; env?: Env }

async function getComment(tx: Prisma.TransactionClient, viewer: Viewer, id: string): Promise<CommentView> {
  return toView(viewer, await tx.comment.findUniqueOrThrow({ where: { id }, select: commentSelect }))
}

/** What the reading rule needs to know of a person. */
const readerSelect = { id: true, email: true, role: true, delegation: { select: { id: true } } } as const satisfies Prisma.UserSelect

/** The active people matching `where` who can read a comment at its level, by the one reading rule. */
async function findReaders(
  tx: Prisma.TransactionClient,
  where: Prisma.UserWhereInput,
  comment: { delegationId: string; visibility: Visibility },
): Promise<{ id: string; email: string }[]> {
  const people = await tx.user.findMany({ where: { AND: [where, { deactivatedAt: null }] }, select: readerSelect })
  return people.filter((person) => canReadComment(person, comment)).map(({ id, email }) => ({ id, email }))
}

/**
 * Who a comment's mentions reach: only people who can read it. Each mention
 * that reaches nobody becomes a sentence for the author, worded the same for
 * an unknown address and for someone who cannot read the comment, so a
 * mention never tells whether an address has an account.
 */
async function resolveMentions(
  tx: Prisma.TransactionClient,
  body: string,
  comment: { delegationId: string; visibility: Visibility; authorId: string },
): Promise<{ readerIds: string[]; notReached: string[] }> {
  const emails = parseMentions(body)
  if (emails.length === 0) return { readerIds: [], notReached: [] }
  const readers = await findReaders(tx, { email: { in: emails } }, comment)
  const readerEmails = new Set(readers.map((reader) => reader.email))
  return {
    readerIds: readers.map((reader) => reader.id).filter((id) => id !== comment.authorId),
    notReached: emails.filter((email) => !readerEmails.has(email)).map((email) => `${email} cannot see this comment and was not notified.`),
  }
}

/** One notification per person per comment, the most specific kind first: a mention, a secretariat request, a reply. */
function addOnce(notifications: NewNotification[], notification: NewNotification) {
  if (!notifications.some((existing) => existing.userId === notification.userId)) notifications.push(notification)
}

/** The authors of the thread a reply joins: everyone under the same first comment. */
async function threadAuthorIds(tx: Prisma.TransactionClient, comment: { itemId: string; delegationId: string; parentId: string }) {
  const conversation = await tx.comment.findMany({
    where: { itemId: comment.itemId, delegationId: comment.delegationId },
    select: { id: true, parentId: true, authorId: true },
  })
  const byId = new Map(conversation.map((entry) => [entry.id, entry]))
  const rootOf = (id: string): string => {
    let current = byId.get(id)
    // Bounded by the conversation's size, so a damaged chain cannot loop forever.
    for (let steps = 0; current?.parentId && steps < conversation.length; steps++) current = byId.get(current.parentId)
    return current?.id ?? id
  }
  const root = rootOf(comment.parentId)
  return [...new Set(conversation.filter((entry) => rootOf(entry.id) === root).map((entry) => entry.authorId))]
}

export async function createComment(
  db: Db,
  viewer: Viewer,
  input: { itemCode: string; body: string; visibility: Visibility; parentId: string | null },
  options: WriteOptions = {},
): Promise<CommentWriteResult> {
  authorize(viewer, 'comment.write')
  const own = ownDelegationId(viewer)
  const item = await db.item.findFirst({ where: { code: input.itemCode, retiredAt: null }, select: { id: true, code: true } })
  if (!item) throw new AppError('not_found', `Item ${input.itemCode} was not found. Comments can only be added to current items.`)

  const parent = input.parentId
    ? await db.comment.findFirst({
        where: { AND: [readableCommentWhere(viewer), { id: input.parentId, itemId: item.id }] },
        select: { id: true, delegationId: true, visibility: true, deletedAt: true },
      })
    : null
  if (input.parentId && (!parent || parent.deletedAt))
    throw new AppError('not_found', 'The comment you are answering was not found or has been deleted.')
  if (!parent && !own) throw new AppError('invalid', 'The secretariat answers delegations’ comments: reply to a comment instead.')
  const delegationId = parent ? parent.delegationId : (own as string)
  if (own && delegationId !== own) throw new AppError('invalid', 'You can reply only in your own delegation’s conversations.')

  const allowed = writableVisibilities(viewer, parent?.visibility ?? null)
  if (!allowed.includes(input.visibility)) {
    const message =
      parent && visibilityRank(input.visibility) > visibilityRank(parent.visibility)
        ? `A reply cannot reach further than the comment it answers (${visibilityLabels[parent.visibility].toLowerCase()}).`
        : 'The secretariat’s comments are seen at least by the delegation and the secretariat.'
    throw new AppError('invalid', message, { visibility: [message] })
  }

  const authorId = viewer.userId
  const { id, notReached, mailIds } = await db.$transaction(async (tx) => {
    const created = await tx.comment.create({
      data: { itemId: item.id, delegationId, authorId, parentId: parent?.id ?? null, body: input.body, visibility: input.visibility },
      select: { id: true },
    })
    const audience = { delegationId, visibility: input.visibility, authorId }
    const mentions = await resolveMentions(tx, input.body, audience)
    if (mentions.readerIds.length > 0) {
      await tx.commentMention.createMany({ data: mentions.readerIds.map((userId) => ({ commentId: created.id, userId })) })
    }

    const notifications: NewNotification[] = []
    const base = { actorId: authorId, itemId: item.id, commentId: created.id }
    for (const userId of mentions.readerIds) {
      addOnce(notifications, { ...base, userId, kind: 'mention', text: `${viewer.name} mentioned you in a comment on ${item.code}` })
    }
    if (isSecretariat(viewer.role)) {
      const focalPoints = await findReaders(tx, { role: 'focal_point', delegationId }, audience)
      for (const focalPoint of focalPoints) {
        addOnce(notifications, {
          ...base,
          userId: focalPoint.id,
          kind: 'secretariat_request',
          text: `The secretariat (${viewer.name}) wrote to your delegation on ${item.code}`,
        })
      }
    }
    if (parent) {
      const authors = await threadAuthorIds(tx, { itemId: item.id, delegationId, parentId: parent.id })
      const readers = await findReaders(tx, { id: { in: authors.filter((userId) => userId !== authorId) } }, audience)
      for (const reader of readers) {
        addOnce(notifications, { ...base, userId: reader.id, kind: 'reply', text: `${viewer.name} replied in a thread on ${item.code}` })
      }
    }
    const mailIds = await recordNotifications(tx, notifications, { itemCode: item.code, baseUrl: options.baseUrl }, options.env)
    return { id: created.id, notReached: mentions.notReached, mailIds }
  })
  await deliverNotificationMails(db, mailIds, options.env)
  return { comment: await getComment(db, viewer, id), notReached }
}

/**
 * Finds a comment the viewer can read on the item and locks it for the rest
 * of the transaction, so an edit and a deletion cannot interleave.
 */
async function lockReadableComment(tx: Prisma.TransactionClient, viewer: Viewer, itemCode: string, commentId: string) {
  const found = await tx.comment.findFirst({
    where: { AND: [readableCommentWhere(viewer), { id: commentId, item: { code: itemCode } }] },
    select: { id: true },
  })
  if (!found) throw new AppError('not_found', 'This comment was not found. Reload the page.')
  await tx.$executeRaw`SELECT 1 FROM "Comment" WHERE id = ${found.id} FOR UPDATE`
  return tx.comment.findUniqueOrThrow({
    where: { id: found.id },
    select: { ...commentSelect, itemId: true, item: { select: { code: true } } },
  })
}

/** Replaces the text of the viewer's own comment; the earlier text stays as a revision. */
export async function editComment(
  db: Db,
  viewer: Viewer,
  input: { itemCode: string; commentId: string; body: string; baseVersion: number },
  options: WriteOptions = {},
): Promise<CommentWriteResult> {
  authorize(viewer)
  const { notReached, mailIds } = await db.$transaction(async (tx) => {
    const comment = await lockReadableComment(tx, viewer, input.itemCode, input.commentId)
    if (!isAuthor(viewer, comment)) throw new AppError('forbidden', 'Only its author can edit a comment.')
    if (comment.deletedAt) throw new AppError('invalid', 'This comment has been deleted and can no longer be edited.')
    if (comment.version !== input.baseVersion)
      throw new ConflictError('This comment was changed after you started editing it.', toView(viewer, comment))
    await tx.commentRevision.create({
      data: { commentId: comment.id, version: comment.version, body: comment.body, replacedById: viewer.userId },
    })
    await tx.comment.update({
      where: { id: comment.id },
      // An edited comment is a new version: the secretariat has not reviewed it.
      data: { body: input.body, version: comment.version + 1, editedAt: new Date(), reviewState: 'not_reviewed' },
    })

    // Only people newly mentioned by the edit hear of it: the others were told already.
    const audience = { delegationId: comment.delegationId, visibility: comment.visibility, authorId: comment.authorId }
    const mentions = await resolveMentions(tx, input.body, audience)
    const earlier = new Set(
      (await tx.commentMention.findMany({ where: { commentId: comment.id }, select: { userId: true } })).map((mention) => mention.userId),
    )
    const added = mentions.readerIds.filter((userId) => !earlier.has(userId))
    if (added.length > 0) await tx.commentMention.createMany({ data: added.map((userId) => ({ commentId: comment.id, userId })) })
    const mailIds = await recordNotifications(
      tx,
      added.map((userId) => ({
        userId,
        kind: 'mention' as const,
        actorId: viewer.userId,
        itemId: comment.itemId,
        commentId: comment.id,
        text: `${viewer.name} mentioned you in a comment on ${comment.item.code}`,
      })),
      { itemCode: comment.item.code, baseUrl: options.baseUrl },
      options.env,
    )
    return { notReached: mentions.notReached, mailIds }
  })
  await deliverNotificationMails(db, mailIds, options.env)
  return { comment: await getComment(db, viewer, input.commentId), notReached }
}

/**
 * Deletes a comment: it stays in the thread as a "Comment deleted" marker (its
 * replies keep their place), and its last text is kept as a revision.
 */
export async function deleteComment(db: Db, viewer: Viewer, input: { itemCode: string; commentId: string }): Promise<CommentView> {
  authorize(viewer)
  return db.$transaction(async (tx) => {
    const comment = await lockReadableComment(tx, viewer, input.itemCode, input.commentId)
    if (comment.deletedAt) throw new AppError('invalid', 'This comment has already been deleted.')
    if (!mayDelete(viewer, comment)) {
      throw new AppError('forbidden', 'Only its author, or a focal point of the delegation, can delete a comment.')
    }
    await tx.commentRevision.create({
      data: { commentId: comment.id, version: comment.version, body: comment.body, replacedById: viewer.userId },
    })
    // The text leaves the comment itself, so no query can show it by mistake.
    await tx.comment.update({
      where: { id: comment.id },
      data: { body: '', version: comment.version + 1, deletedAt: new Date(), deletedById: viewer.userId },
    })
    return getComment(tx, viewer, comment.id)
  })
}
