'use server'

/** The submission page's server actions: thin wrappers over lib/submissions/submissions.ts. */
import { revalidatePath } from 'next/cache'

import { formAction } from '@/lib/auth/form-action'
import { getDb } from '@/lib/db'
import { commentSelectionSchema, submitSchema } from '@/lib/submissions/submission-schemas'
import { selectCommentsForSubmission, submitSubmission } from '@/lib/submissions/submissions'
import { plural } from '@/lib/plural'

export const submitAction = formAction({ permission: 'submission.submit', schema: submitSchema }, async (input, viewer) => {
  const submitted = await submitSubmission(getDb(), viewer, { expectedVersion: input.nextVersion })
  revalidatePath('/delegation/submission')
  return { ok: true, message: `Version ${submitted.version} submitted. Its SHA-256 is ${submitted.sha256}.` }
})

export const selectCommentsAction = formAction(
  { permission: 'submission.submit', schema: commentSelectionSchema },
  async (input, viewer) => {
    const chosen = await selectCommentsForSubmission(getDb(), viewer, input.comments)
    revalidatePath('/delegation/submission')
    return { ok: true, message: `${plural(chosen, 'comment', 'comments')} chosen for the submission.` }
  },
)
