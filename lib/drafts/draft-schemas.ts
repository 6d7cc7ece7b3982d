/**
 * What every draft form sends besides its own fields, validated by the same
 * schemas in the server action and anywhere else input arrives. No
 * 'server-only': client components read the limits and levels too.
 *
 * No schema has a delegation field, on purpose: the delegation a draft
 * belongs to always comes from the session, never from the request.
 */
import { z } from 'zod'

import { itemCodeSchema } from '@/lib/catalogue/item-code'
import { storableText } from '@/lib/validation/text'
import type { Visibility } from '@/lib/generated/prisma/enums'

export const MAX_DRAFT_TEXT = 5000

/**
 * A text box's words. Browsers send a textarea's line breaks as CRLF; storing them as LF keeps the
 * text as typed, so the same words compare equal (in exports, and to what the person sees).
 */
export function draftTextSchema(what: string) {
  return storableText()
    .transform((text) => text.replace(/\r\n?/g, '\n'))
    .pipe(z.string().max(MAX_DRAFT_TEXT, `Keep ${what} to ${MAX_DRAFT_TEXT} characters.`))
}

const reload = 'Reload the page and try again.'

/** The version the person started from ('' for a first draft): a save based on an older one is a conflict, not an overwrite. */
export const baseVersionSchema = z.union([z.literal('').transform(() => null), z.coerce.number({ error: reload }).int().positive(reload)], {
  error: reload,
})

/** The fields every draft form sends with its own. */
export const draftFormFields = { itemCode: itemCodeSchema, baseVersion: baseVersionSchema }

/** The levels a focal point may share at, narrowest first; sharing at "delegation only" withdraws an earlier, wider share. */
export const shareVisibilities = ['delegation', 'delegation_and_secretariat', 'all_participants'] as const satisfies readonly Visibility[]

export const shareSchema = z.object({
  itemCode: itemCodeSchema,
  visibility: z.enum(shareVisibilities, { error: 'Choose with whom to share it.' }),
})

/** The share form also names the draft version the focal point was shown, so they never share text they have not read. */
export const shareFormSchema = shareSchema.extend({
  version: z.coerce.number({ error: reload }).int().positive(reload),
})
