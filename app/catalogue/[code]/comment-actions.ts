'use server'

/**
 * The item page's comment actions. Each is a public endpoint: formAction
 * re-checks the session and validates with the form's schema; lib decides
 * from the viewer (and, for a reply, the parent) which conversation and levels
 * are allowed, so a forged field reaches nothing the person may not write.
 */
import { revalidatePath } from 'next/cache'

import type { CommentFormState } from '@/components/comments/comment-types'
import { formAction } from '@/lib/auth/form-action'
import { ConflictError } from '@/lib/errors'
import { createCommentSchema, deleteCommentSchema, editCommentSchema } from '@/lib/comments/comment-schemas'
import { createComment, deleteComment, editComment, type CommentView } from '@/lib/comments/comments'
import { getDb } from '@/lib/db'
import { requestBaseUrl } from '@/lib/http/request-base-url'

function revalidateItem(itemCode: string) {
  revalidatePath(`/catalogue/${itemCode}`)
}

export const createCommentAction = formAction<typeof createCommentSchema, CommentFormState>(
  { schema: createCommentSchema },
  async (input, viewer) => {
    const result = await createComment(getDb(), viewer, input, { baseUrl: await requestBaseUrl() })
    revalidateItem(input.itemCode)
    // The box empties; the level chosen stays for the next comment.
    return {
      ok: true,
      message: input.parentId ? 'Reply posted.' : 'Comment posted.',
      comment: result.comment,
      notReached: result.notReached,
      values: { visibility: input.visibility },
    }
  },
)

export const editCommentAction = formAction<typeof editCommentSchema, CommentFormState>(
  { schema: editCommentSchema },
  async (input, viewer) => {
    try {
      const result = await editComment(getDb(), viewer, input, { baseUrl: await requestBaseUrl() })
      revalidateItem(input.itemCode)
      return { ok: true, message: 'Comment saved.', comment: result.comment, notReached: result.notReached }
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error
      const current = (error as ConflictError<CommentView>).current
      // The person's text stays in the box, now based on the current version: saving again replaces it knowingly.
      return {
        ok: false,
        formError: 'This comment was changed after you started editing it. Compare the texts and save again.',
        conflict: { version: current.version, body: current.body },
        comment: current,
        values: { body: input.body, baseVersion: String(current.version) },
      }
    }
  },
)

export const deleteCommentAction = formAction<typeof deleteCommentSchema, CommentFormState>(
  { schema: deleteCommentSchema },
  async (input, viewer) => {
    const comment = await deleteComment(getDb(), viewer, input)
    revalidateItem(input.itemCode)
    return { ok: true, message: 'Comment deleted.', comment }
  },
)
