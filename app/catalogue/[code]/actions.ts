'use server'

/**
 * The item page's server actions on the own delegation's position. Each is a
 * public endpoint: formAction re-checks the session and the permission and
 * validates with the form's schema, which has no delegation field: lib takes
 * the delegation from the viewer, so a forged field cannot reach another one.
 */
import { revalidatePath } from 'next/cache'

import type { PositionDraftFormState } from '@/components/positions/position-draft-form'
import { sharedWithPhrases, toDraftSnapshot } from '@/components/positions/position-labels'
import { FormError } from '@/lib/auth/errors'
import { formAction } from '@/lib/auth/form-action'
import { getDb } from '@/lib/db'
import { positionDraftSchema, shareFormSchema } from '@/lib/positions/position-schemas'
import { NotFoundError, PositionConflictError, savePositionDraft, sharePosition, StaleShareError } from '@/lib/positions/positions'

function revalidatePositionPages(itemCode: string) {
  revalidatePath(`/catalogue/${itemCode}`)
  revalidatePath('/delegation')
}

export const savePositionDraftAction = formAction<typeof positionDraftSchema, PositionDraftFormState>(
  { permission: 'position.edit', schema: positionDraftSchema },
  async (input, viewer) => {
    const submitted = {
      stance: input.stance,
      rationale: input.rationale,
      proposedWording: input.proposedWording ?? '',
    }
    try {
      const draft = await savePositionDraft(getDb(), viewer, input)
      revalidatePositionPages(input.itemCode)
      // The form now holds exactly version N, so the next save is based on it.
      return { ok: true, message: `Draft saved as version ${draft.version}.`, values: { ...submitted, baseVersion: String(draft.version) } }
    } catch (error) {
      if (error instanceof PositionConflictError) {
        // The page then shows their version as the latest; the form keeps the person's text, now based on it,
        // so saving again after merging by hand replaces it (unless someone saves in between, which conflicts again).
        revalidatePositionPages(input.itemCode)
        return {
          ok: false,
          formError: 'Someone else saved this position after you opened it.',
          conflict: toDraftSnapshot(error.current),
          values: { ...submitted, baseVersion: String(error.current.version) },
        }
      }
      if (error instanceof NotFoundError) throw new FormError(`${error.message} Positions can only be recorded on current items.`)
      throw error
    }
  },
)

export const sharePositionAction = formAction({ permission: 'position.share', schema: shareFormSchema }, async (input, viewer) => {
  try {
    // The version the focal point was shown: lib refuses if the draft moved on since.
    const shared = await sharePosition(getDb(), viewer, {
      itemCode: input.itemCode,
      visibility: input.visibility,
      expectedVersion: input.version,
    })
    revalidatePositionPages(input.itemCode)
    return { ok: true, message: `Version ${shared.version} shared with ${sharedWithPhrases[shared.visibility]}.` }
  } catch (error) {
    if (error instanceof NotFoundError) throw new FormError(error.message)
    if (error instanceof StaleShareError) throw new FormError(`${error.message} Reload the page.`)
    throw error
  }
})
