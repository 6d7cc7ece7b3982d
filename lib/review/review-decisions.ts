/**
 * What the secretariat does with an input: marks the shared version reviewed
 * or included (or back to not reviewed), asks for clarification in a thread
 * only the delegation and the secretariat read, and keeps private notes. Every
 * change of state appends a review action (who, when, before, after) in the
 * transaction that makes it. A decision names the version the reviewer read,
 * so it never lands on a newer share the reviewer has not seen.
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import { isSecretariat, ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import { models } from '@/lib/drafts/drafts'
import { AppError } from '@/lib/errors'
import { Prisma } from '@/lib/generated/prisma/client'
import type { ReviewInputKind, ReviewState } from '@/lib/generated/prisma/enums'
import { clarificationRecipientsWhere, readableClarificationWhere } from '@/lib/visibility/review'

import { findReviewInput, isShareKind, shareSources, type ReviewInput } from './review-inputs'
import { reviewInputKindLabels, type DecidableState } from './review-states'

type Tx = Prisma.TransactionClient

export type InputRef = { kind: ReviewInputKind; inputId: string; version: number }

/**
 * Locks the input's current row (its current share, or the comment) for the
 * transaction, then reads it as the secretariat may: a concurrent share or
 * edit waits, so the version check below cannot be overtaken.
 */
async function lockInput(tx: Tx, viewer: Viewer, ref: InputRef): Promise<ReviewInput> {
  // Table and column names come from the descriptors, never from a request.
  if (isShareKind(ref.kind)) {
    const { table, draftKind } = shareSources[ref.kind]
    await tx.$queryRaw(
      Prisma.sql`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE ${Prisma.raw(`"${draftKind.parentKey}"`)} = ${ref.inputId} AND "isCurrent" FOR UPDATE`,
    )
  } else {
    await tx.$queryRaw(Prisma.sql`SELECT id FROM "Comment" WHERE id = ${ref.inputId} FOR UPDATE`)
  }
  const input = await findReviewInput(tx, viewer, ref.kind, ref.inputId)
  const noun = reviewInputKindLabels[ref.kind].toLowerCase()
  if (!input) throw new AppError('not_found', `This ${noun} is no longer shared with the secretariat.`)
  if (input.version !== ref.version) {
    throw new AppError(
      'stale',
      `The delegation has shared a new version of this ${noun} (version ${input.version}) since you opened it. Read it before you decide.`,
    )
  }
  return input
}

/** What every review record says of its input: which one, whose, on which item. */
function inputColumns(input: ReviewInput) {
  return { inputKind: input.kind, inputId: input.inputId, delegationId: input.delegation.id, itemId: input.itemId }
}

async function recordState(tx: Tx, viewer: Viewer, input: ReviewInput, state: ReviewState) {
  if (isShareKind(input.kind)) {
    const { draftKind } = shareSources[input.kind]
    await models(tx, draftKind).share.updateMany({
      where: { [draftKind.parentKey]: input.inputId, isCurrent: true },
      data: { reviewState: state },
    })
  } else {
    await tx.comment.update({ where: { id: input.inputId }, data: { reviewState: state } })
  }
  await tx.reviewAction.create({
    data: { ...inputColumns(input), version: input.version, stateBefore: input.state, stateAfter: state, actorId: viewer.userId },
  })
}

/** Sets the review state of the shared version the reviewer read. Setting the state it already has changes nothing. */
export async function decideReview(db: Db, viewer: Viewer, ref: InputRef & { state: DecidableState }): Promise<ReviewState> {
  authorize(viewer, 'review.decide')
  return db.$transaction(async (tx) => {
    const input = await lockInput(tx, viewer, ref)
    if (input.state !== ref.state) await recordState(tx, viewer, input, ref.state)
    return ref.state
  })
}

function clarificationText(input: ReviewInput) {
  return `The GFMD secretariat asks ${input.delegation.name} for clarification on its ${reviewInputKindLabels[input.kind].toLowerCase()} on ${input.item.code}`
}

/**
 * Opens a clarification thread on the version the reviewer read, sets its
 * state to "clarification requested" and notifies the delegation's focal points.
 */
export async function requestClarification(
  db: Db,
  viewer: Viewer,
  ref: InputRef & { question: string },
): Promise<{ clarificationId: string }> {
  authorize(viewer, 'review.decide')
  return db.$transaction(async (tx) => {
    const input = await lockInput(tx, viewer, ref)
    const clarification = await tx.clarification.create({
      data: {
        ...inputColumns(input),
        version: input.version,
        requestedById: viewer.userId,
        messages: { create: { authorId: viewer.userId, body: ref.question } },
      },
      select: { id: true },
    })
    if (input.state !== 'clarification_requested') await recordState(tx, viewer, input, 'clarification_requested')
    const focalPoints = await tx.user.findMany({ where: clarificationRecipientsWhere(input.delegation.id), select: { id: true } })
    await tx.notification.createMany({
      data: focalPoints.map(({ id }) => ({
        userId: id,
        kind: 'clarification_requested' as const,
        actorId: viewer.userId,
        itemId: input.itemId,
        clarificationId: clarification.id,
        text: clarificationText(input),
      })),
    })
    return { clarificationId: clarification.id }
  })
}

/**
 * A message in a clarification thread. From the delegation it answers the
 * request (the queue shows it answered, and the reviewer who asked is
 * notified); from the secretariat it asks again.
 */
export async function replyToClarification(db: Db, viewer: Viewer, input: { clarificationId: string; body: string }): Promise<void> {
  authorize(viewer, 'comment.write')
  await db.$transaction(async (tx) => {
    await tx.$queryRaw(Prisma.sql`SELECT id FROM "Clarification" WHERE id = ${input.clarificationId} FOR UPDATE`)
    const clarification = await tx.clarification.findFirst({
      where: { AND: [readableClarificationWhere(viewer), { id: input.clarificationId }] },
      select: {
        id: true,
        inputKind: true,
        itemId: true,
        delegationId: true,
        requestedById: true,
        delegation: { select: { name: true } },
        item: { select: { code: true } },
      },
    })
    if (!clarification) throw new AppError('not_found', 'This clarification thread was not found.')
    const fromDelegation = ownDelegationId(viewer) === clarification.delegationId
    if (!fromDelegation && !isSecretariat(viewer.role))
      throw new AppError('forbidden', 'Only the delegation and the secretariat take part in this thread.')
    await tx.clarificationMessage.create({ data: { clarificationId: clarification.id, authorId: viewer.userId, body: input.body } })
    await tx.clarification.update({ where: { id: clarification.id }, data: { answeredAt: fromDelegation ? new Date() : null } })
    const noun = reviewInputKindLabels[clarification.inputKind].toLowerCase()
    const recipients = fromDelegation
      ? [{ id: clarification.requestedById }]
      : await tx.user.findMany({ where: clarificationRecipientsWhere(clarification.delegationId), select: { id: true } })
    await tx.notification.createMany({
      data: recipients
        .filter(({ id }) => id !== viewer.userId)
        .map(({ id }) => ({
          userId: id,
          kind: fromDelegation ? ('clarification_answered' as const) : ('clarification_requested' as const),
          actorId: viewer.userId,
          itemId: clarification.itemId,
          clarificationId: clarification.id,
          text: fromDelegation
            ? `${clarification.delegation.name} answered the clarification on its ${noun} on ${clarification.item.code}`
            : `The GFMD secretariat asks ${clarification.delegation.name} again about its ${noun} on ${clarification.item.code}`,
        })),
    })
  })
}

/** A reviewer's private note on an input the secretariat can read now. */
export async function addReviewerNote(
  db: Db,
  viewer: Viewer,
  input: { kind: ReviewInputKind; inputId: string; body: string },
): Promise<void> {
  authorize(viewer, 'review.read')
  const found = await findReviewInput(db, viewer, input.kind, input.inputId)
  if (!found)
    throw new AppError('not_found', `This ${reviewInputKindLabels[input.kind].toLowerCase()} is no longer shared with the secretariat.`)
  await db.reviewerNote.create({ data: { ...inputColumns(found), authorId: viewer.userId, body: input.body } })
}
