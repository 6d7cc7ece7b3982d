/**
 * What a position form may send, validated by the same schemas in the form's
 * server action and anywhere else input arrives. No 'server-only' here: the
 * labels are also read by client components.
 *
 * None of these schemas has a delegation field, on purpose: the delegation a
 * draft belongs to always comes from the session, never from the request.
 */
import { z } from 'zod'

import { Stance, type Visibility } from '@/lib/generated/prisma/enums'

export const stanceLabels: Record<Stance, string> = {
  support: 'Support',
  support_with_amendments: 'Support with amendments',
  neutral: 'Neutral',
  concerns: 'Concerns',
  oppose: 'Oppose',
  no_position: 'No position yet',
}

/** The order stances are offered in: from agreement to disagreement, then undecided. */
export const stances = [
  'support',
  'support_with_amendments',
  'neutral',
  'concerns',
  'oppose',
  'no_position',
] as const satisfies readonly Stance[]

export const MAX_POSITION_TEXT = 5000

export const itemCodeSchema = z.string().regex(/^[EFPR]-\d{2}\.\d{2}$/, 'This is not a catalogue item code.')

/**
 * A text box's words. Browsers send a textarea's line breaks as CRLF; storing them as LF keeps the
 * text as typed, so the same words compare equal (in exports, and to what the person sees).
 */
function positionText(what: string) {
  return z
    .string()
    .transform((text) => text.replace(/\r\n?/g, '\n'))
    .pipe(z.string().max(MAX_POSITION_TEXT, `Keep ${what} to ${MAX_POSITION_TEXT} characters.`))
}

/**
 * The version the person started from ('' for a first draft): a save based on an older one is a conflict,
 * not an overwrite. Shared by every versioned draft (positions, implementation statuses).
 */
export const baseVersionSchema = z.union(
  [
    z.literal('').transform(() => null),
    z.coerce.number({ error: 'Reload the page and try again.' }).int().positive('Reload the page and try again.'),
  ],
  { error: 'Reload the page and try again.' },
)

export const positionDraftSchema = z.object({
  itemCode: itemCodeSchema,
  stance: z.enum(Stance, { error: 'Choose a stance.' }),
  rationale: positionText('the rationale'),
  // Optional in the form: a blank box means "no wording proposed", stored as null rather than ''.
  proposedWording: positionText('the proposed wording')
    .optional()
    .transform((wording) => (wording && wording.trim() !== '' ? wording : null)),
  baseVersion: baseVersionSchema,
})

/** The levels a focal point may share at; sharing at "delegation only" withdraws an earlier, wider share. */
export const shareVisibilities = ['delegation', 'delegation_and_secretariat', 'all_participants'] as const satisfies readonly Visibility[]

export const shareSchema = z.object({
  itemCode: itemCodeSchema,
  visibility: z.enum(shareVisibilities, { error: 'Choose with whom to share the position.' }),
})

/** The share form also names the draft version the focal point was shown, so they never share text they have not read. */
export const shareFormSchema = shareSchema.extend({
  version: z.coerce.number({ error: 'Reload the page and try again.' }).int().positive('Reload the page and try again.'),
})
