/**
 * The server actions of every draft form, written once: the item page's
 * actions file instantiates them per kind. Each is a public endpoint:
 * formAction re-checks the session and the permission and validates with the
 * form's schema, which has no delegation field: the draft functions take the
 * delegation from the viewer, so a forged field cannot reach another one.
 */
import 'server-only'

import { revalidatePath } from 'next/cache'
import type { z } from 'zod'

import { formAction } from '@/lib/auth/form-action'
import { getDb } from '@/lib/db'
import { ConflictError } from '@/lib/errors'

import type { DraftKind } from './draft-kind'
import { shareFormSchema } from './draft-schemas'
import { toDraftSnapshot, type DraftFormState } from './draft-snapshot'
import { saveDraft, shareDraft, type Draft } from './drafts'
import { sharedWithPhrases } from '@/lib/visibility/labels'

/** The pages that show a delegation's drafts. */
function revalidateDraftPages(itemCode: string) {
  revalidatePath(`/catalogue/${itemCode}`)
  revalidatePath('/delegation')
}

type DraftInput<Content> = Content & { itemCode: string; baseVersion: number | null }

export function saveDraftAction<Content, Schema extends z.ZodType<DraftInput<Content>>>(
  kind: DraftKind<Content>,
  form: {
    schema: Schema
    /** The content as the form's fields hold it, so the form keeps exactly what was saved or typed. */
    formValues: (content: Content) => Record<string, string>
    /** What was saved, in the success message: "Draft saved as version 2." */
    savedWhat: string
  },
) {
  return formAction<Schema, DraftFormState<Content>>({ permission: 'draft.edit', schema: form.schema }, async (input, viewer) => {
    const submitted = form.formValues(input)
    try {
      const draft: Draft<Content> = await saveDraft(getDb(), viewer, kind, input)
      revalidateDraftPages(input.itemCode)
      // The form now holds exactly version N, so the next save is based on it.
      return {
        ok: true,
        message: `${form.savedWhat} saved as version ${draft.version}.`,
        values: { ...submitted, baseVersion: String(draft.version) },
      }
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error
      const current = (error as ConflictError<Draft<Content>>).current
      // The page then shows their version as the latest; the form keeps the person's text, now based on it,
      // so saving again after merging by hand replaces it (unless someone saves in between, which conflicts again).
      revalidateDraftPages(input.itemCode)
      return {
        ok: false,
        formError: error.message,
        conflict: toDraftSnapshot(current),
        values: { ...submitted, baseVersion: String(current.version) },
      }
    }
  })
}

export function shareDraftAction<Content>(kind: DraftKind<Content>) {
  return formAction({ permission: 'draft.share', schema: shareFormSchema }, async (input, viewer) => {
    // The version the focal point was shown: the share is refused if the draft moved on since.
    const shared = await shareDraft(getDb(), viewer, kind, {
      itemCode: input.itemCode,
      visibility: input.visibility,
      expectedVersion: input.version,
    })
    revalidateDraftPages(input.itemCode)
    // The form keeps showing the level it shared at, so a second click changes nothing.
    return {
      ok: true,
      message: `Version ${shared.version} shared with ${sharedWithPhrases[shared.visibility]}.`,
      values: { visibility: shared.visibility },
    }
  })
}
