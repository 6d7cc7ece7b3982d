'use server'

/** The review's server actions: thin wrappers over lib/review/review-decisions.ts. */
import { revalidatePath } from 'next/cache'

import { formAction } from '@/lib/auth/form-action'
import { getDb } from '@/lib/db'
import { addReviewerNote, decideReview, replyToClarification, requestClarification } from '@/lib/review/review-decisions'
import { clarificationReplySchema, decideReviewSchema, requestClarificationSchema, reviewerNoteSchema } from '@/lib/review/review-schemas'
import { reviewInputHref, reviewStateLabels } from '@/lib/review/review-states'

export const decideReviewAction = formAction({ permission: 'review.decide', schema: decideReviewSchema }, async (input, viewer) => {
  const state = await decideReview(getDb(), viewer, input)
  revalidatePath(reviewInputHref(input.kind, input.inputId))
  return { ok: true, message: `Marked “${reviewStateLabels[state]}” for version ${input.version}.` }
})

export const requestClarificationAction = formAction(
  { permission: 'review.decide', schema: requestClarificationSchema },
  async (input, viewer) => {
    await requestClarification(getDb(), viewer, input)
    revalidatePath(reviewInputHref(input.kind, input.inputId))
    return { ok: true, message: 'Clarification requested. The delegation’s focal points were notified.' }
  },
)

export const addReviewerNoteAction = formAction({ permission: 'review.read', schema: reviewerNoteSchema }, async (input, viewer) => {
  await addReviewerNote(getDb(), viewer, input)
  revalidatePath(reviewInputHref(input.kind, input.inputId))
  return { ok: true, message: 'Note saved. Only the secretariat can read it.' }
})

export const replyToClarificationAction = formAction(
  { permission: 'comment.write', schema: clarificationReplySchema },
  async (input, viewer) => {
    await replyToClarification(getDb(), viewer, input)
    revalidatePath('/', 'layout')
    return { ok: true, message: 'Answer sent.' }
  },
)
