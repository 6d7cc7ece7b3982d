import type { FormState } from '@/lib/auth/form-action'
import type { CommentView, MentionCandidate } from '@/lib/comments/comments'

export type { CommentView, MentionCandidate }

/** A comment form's answer: the comment as saved, mentions that reached nobody, or the text that beat an edit. */
export type CommentFormState = FormState & {
  comment?: CommentView
  notReached?: string[]
  conflict?: { version: number; body: string | null }
}
