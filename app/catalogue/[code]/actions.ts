'use server'

/**
 * The item page's server actions on the own delegation's position and
 * implementation status. Each is a
 * public endpoint: formAction re-checks the session and the permission and
 * validates with the form's schema, which has no delegation field: lib takes
 * the delegation from the viewer, so a forged field cannot reach another one.
 */
import { revalidatePath } from 'next/cache'

import type { PositionDraftFormState } from '@/components/positions/position-draft-form'
import { sharedWithPhrases, toDraftSnapshot } from '@/components/positions/position-labels'
import { AppError } from '@/lib/errors'
import { formAction } from '@/lib/auth/form-action'
import { getDb } from '@/lib/db'
import { positionDraftSchema, shareFormSchema } from '@/lib/positions/position-schemas'
import { NotFoundError, PositionConflictError, savePositionDraft, sharePosition, StaleShareError } from '@/lib/positions/positions'
import type { StatusDraftFormState } from '@/components/statuses/status-draft-form'
import { toStatusSnapshot } from '@/components/statuses/status-labels'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import type { Visibility } from '@/lib/generated/prisma/enums'
import { saveStatusDraft, shareStatus, StatusConflictError } from '@/lib/statuses/implementation-statuses'
import { statusDraftSchema, statusShareFormSchema } from '@/lib/statuses/status-schemas'

function revalidatePositionPages(itemCode: string) {
  revalidatePath(`/catalogue/${itemCode}`)
  revalidatePath('/delegation')
}

export const savePositionDraftAction = formAction<typeof positionDraftSchema, PositionDraftFormState>(
  { permission: 'draft.edit', schema: positionDraftSchema },
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
      if (error instanceof NotFoundError) throw new AppError('invalid', `${error.message} Positions can only be recorded on current items.`)
      throw error
    }
  },
)

export const saveStatusDraftAction = formAction<typeof statusDraftSchema, StatusDraftFormState>(
  { permission: 'draft.edit', schema: statusDraftSchema },
  async (input, viewer) => {
    const submitted = {
      state: input.state,
      evidence: input.evidence,
      links: input.links.join('\n'),
      asOf: input.asOf ? input.asOf.toISOString().slice(0, 10) : '',
    }
    try {
      const status = await saveStatusDraft(getDb(), viewer, input)
      revalidatePositionPages(input.itemCode)
      return {
        ok: true,
        message: `Status saved as version ${status.version}.`,
        values: { ...submitted, baseVersion: String(status.version) },
      }
    } catch (error) {
      if (error instanceof StatusConflictError) {
        // As for positions: their version becomes the base, the person's text stays in the form to merge.
        revalidatePositionPages(input.itemCode)
        return {
          ok: false,
          formError: error.message,
          conflict: toStatusSnapshot(error.current),
          values: { ...submitted, baseVersion: String(error.current.version) },
        }
      }
      if (error instanceof NotFoundError) throw new AppError('invalid', `${error.message} Statuses can only be recorded on current items.`)
      throw error
    }
  },
)

type Share = (
  db: Db,
  viewer: Viewer,
  input: { itemCode: string; visibility: Visibility; expectedVersion?: number },
) => Promise<{ version: number; visibility: Visibility }>

/** One share action for whatever a delegation shares: only the lib function differs. */
function shareAction(share: Share, schema: typeof shareFormSchema) {
  return formAction({ permission: 'draft.share', schema }, async (input, viewer) => {
    try {
      // The version the focal point was shown: lib refuses if the draft moved on since.
      const shared = await share(getDb(), viewer, {
        itemCode: input.itemCode,
        visibility: input.visibility,
        expectedVersion: input.version,
      })
      revalidatePositionPages(input.itemCode)
      return { ok: true, message: `Version ${shared.version} shared with ${sharedWithPhrases[shared.visibility]}.` }
    } catch (error) {
      if (error instanceof NotFoundError) throw new AppError('invalid', error.message)
      if (error instanceof StaleShareError) throw new AppError('invalid', `${error.message} Reload the page.`)
      throw error
    }
  })
}

export const sharePositionAction = shareAction(sharePosition, shareFormSchema)

export const shareStatusAction = shareAction(shareStatus, statusShareFormSchema)
