/**
 * What a comment form may send, validated by the same schemas in the server
 * actions and anywhere else input arrives. No 'server-only' here: the limits
 * and labels are also read by client components.
 *
 * None of these schemas has a delegation field, on purpose: a thread's
 * delegation comes from the session (a new thread) or from the parent (a reply).
 */
import { z } from 'zod'

import { itemCodeSchema } from '@/lib/catalogue/item-code'

import { Visibility } from '@/lib/generated/prisma/enums'
import { storableText } from '@/lib/validation/text'

export const MAX_COMMENT_BODY = 10_000

// Ids are cuids; anything else is a forged or damaged form.
const commentId = z.string().regex(/^[a-z0-9]{10,40}$/, 'Reload the page and try again.')

/** The words of a comment. Browsers send a textarea's line breaks as CRLF; stored as LF, as typed. */
const commentBody = storableText({ error: 'Write a comment.' })
  .transform((text) => text.replace(/\r\n?/g, '\n'))
  .pipe(
    z
      .string()
      .max(MAX_COMMENT_BODY, `Keep a comment to ${MAX_COMMENT_BODY.toLocaleString('en')} characters.`)
      .refine((text) => text.trim() !== '', 'Write a comment.'),
  )

export const createCommentSchema = z.object({
  itemCode: itemCodeSchema,
  body: commentBody,
  visibility: z.enum(Visibility, { error: 'Choose who may read the comment.' }),
  // Empty for a new thread.
  parentId: z.union([z.literal('').transform(() => null), commentId]).default(''),
})

export const editCommentSchema = z.object({
  itemCode: itemCodeSchema,
  commentId,
  body: commentBody,
  // The version the person started editing from: an edit based on an older one is a conflict, not an overwrite.
  baseVersion: z.coerce.number({ error: 'Reload the page and try again.' }).int().positive('Reload the page and try again.'),
})

export const deleteCommentSchema = z.object({ itemCode: itemCodeSchema, commentId })
