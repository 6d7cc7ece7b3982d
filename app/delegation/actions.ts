'use server'

/**
 * The tracker's bulk actions. Each is a public endpoint: formAction re-checks
 * the session and the permission and validates the form; lib checks the
 * permission again and takes the delegation from the viewer, never the form.
 */
import { revalidatePath } from 'next/cache'

import { formAction } from '@/lib/auth/form-action'
import { getDb } from '@/lib/db'
import { visibilityLabels } from '@/lib/visibility/labels'
import { implementationStateLabels } from '@/lib/statuses/status-schemas'
import { setStatusOfItems, shareDraftsOfItems } from '@/lib/tracker/bulk-actions'
import { bulkShareFormSchema, bulkStatusFormSchema } from '@/lib/tracker/bulk-schemas'

function items(count: number): string {
  return `${count} ${count === 1 ? 'item' : 'items'}`
}

/** "1 changed meanwhile and was skipped: E-16.03", or nothing when the list is empty. */
function skipped(codes: string[], reason: string): string[] {
  if (codes.length === 0) return []
  return [`${codes.length} ${reason} and ${codes.length === 1 ? 'was' : 'were'} skipped: ${codes.join(', ')}`]
}

export const setStatusOfItemsAction = formAction({ permission: 'draft.edit', schema: bulkStatusFormSchema }, async (input, viewer) => {
  const result = await setStatusOfItems(getDb(), viewer, input)
  revalidatePath('/delegation')
  const label = implementationStateLabels[input.state]
  const parts = [
    `“${label}” set on ${items(result.set.length)}`,
    ...(result.unchanged.length > 0 ? [`${items(result.unchanged.length)} already had it`] : []),
    ...skipped(result.changedMeanwhile, 'changed meanwhile'),
    ...skipped(result.notFound, 'no longer in the catalogue'),
  ]
  return { ok: result.changedMeanwhile.length === 0 && result.notFound.length === 0, message: `${parts.join('; ')}.` }
})

export const shareDraftsAction = formAction({ permission: 'draft.share', schema: bulkShareFormSchema }, async (input, viewer) => {
  const result = await shareDraftsOfItems(getDb(), viewer, input)
  revalidatePath('/delegation')
  const level = visibilityLabels[input.visibility].toLowerCase()
  const parts = [
    `Shared ${items(result.shared.length)} with ${level}`,
    ...(result.alreadyShared.length > 0 ? [`${items(result.alreadyShared.length)} already shared so`] : []),
    ...skipped(result.withoutDraft, 'had no position draft'),
    ...skipped(result.changedMeanwhile, 'changed since the page was shown'),
  ]
  return { ok: result.withoutDraft.length === 0 && result.changedMeanwhile.length === 0, message: `${parts.join('; ')}.` }
})
