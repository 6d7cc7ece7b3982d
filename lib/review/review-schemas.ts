/**
 * What the review forms send, validated by the same schemas in the server
 * actions and anywhere else input arrives. No 'server-only': the forms read
 * the limits too. Nothing here names a delegation: it comes from the input.
 */
import { z } from 'zod'

import { ReviewInputKind } from '@/lib/generated/prisma/enums'
import { storableText } from '@/lib/validation/text'

import { decidableStates } from './review-states'

export const MAX_REVIEW_TEXT = 5000

const reload = 'Reload the page and try again.'

// Ids are cuids; anything else is a forged or damaged form.
const id = z.string().regex(/^[a-z0-9]{10,40}$/, reload)

function reviewText(empty: string) {
  return storableText({ error: empty })
    .transform((text) => text.replace(/\r\n?/g, '\n'))
    .pipe(
      z
        .string()
        .max(MAX_REVIEW_TEXT, `Keep it to ${MAX_REVIEW_TEXT.toLocaleString('en')} characters.`)
        .refine((text) => text.trim() !== '', empty),
    )
}

const inputRef = {
  kind: z.enum(ReviewInputKind, { error: reload }),
  inputId: id,
  /** The shared version the reviewer read: a decision never lands on a newer one. */
  version: z.coerce.number({ error: reload }).int().positive(reload),
}

export const decideReviewSchema = z.object({ ...inputRef, state: z.enum(decidableStates, { error: 'Choose a review state.' }) })

export const requestClarificationSchema = z.object({ ...inputRef, question: reviewText('Write the question for the delegation.') })

export const reviewerNoteSchema = z.object({ kind: inputRef.kind, inputId: id, body: reviewText('Write the note.') })

export const clarificationReplySchema = z.object({ clarificationId: id, body: reviewText('Write your answer.') })
