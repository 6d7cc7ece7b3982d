/**
 * What a position form may send, and the words for stances. No
 * 'server-only': client components read the labels and limits too.
 */
import { z } from 'zod'

import { draftFormFields, draftTextSchema } from '@/lib/drafts/draft-schemas'
import { Stance } from '@/lib/generated/prisma/enums'

export const stanceLabels: Record<Stance, string> = {
  support: 'Support',
  support_with_amendments: 'Support with amendments',
  neutral: 'Neutral',
  concerns: 'Concerns',
  oppose: 'Oppose',
  no_position: 'No position yet',
}

/** The order stances are offered in: the default, undecided, first; then from agreement to disagreement. */
export const stances = [
  'no_position',
  'support',
  'support_with_amendments',
  'neutral',
  'concerns',
  'oppose',
] as const satisfies readonly Stance[]

/** A position's words, as drafts, shares and the history store them. */
export const storedPositionSchema = z.object({ stance: z.enum(Stance), rationale: z.string(), proposedWording: z.string().nullable() })

export type PositionContent = z.infer<typeof storedPositionSchema>

/** What a person may write as a position. */
export const positionContentSchema = z.object({
  stance: z.enum(Stance, { error: 'Choose a stance.' }),
  rationale: draftTextSchema('the rationale'),
  // A blank box means "no wording proposed", stored as null rather than ''.
  proposedWording: draftTextSchema('the proposed wording')
    .nullish()
    .transform((wording) => (wording && wording.trim() !== '' ? wording : null)),
})

/** A position that says nothing (no stance, no rationale, no wording) is not a draft: saving it would count as one. */
export const positionDraftSchema = positionContentSchema.extend(draftFormFields).superRefine((position, context) => {
  if (position.stance === 'no_position' && position.rationale.trim() === '' && position.proposedWording === null) {
    context.addIssue({ code: 'custom', path: ['rationale'], message: 'Choose a stance or write a rationale: an empty draft is not saved.' })
  }
})

/** A position as its form's fields hold it. */
export function positionFormValues(position: PositionContent | null): Record<string, string> {
  return {
    stance: position?.stance ?? 'no_position',
    rationale: position?.rationale ?? '',
    proposedWording: position?.proposedWording ?? '',
  }
}

/** What a position form's fields hold, read back as a position (a stance the form cannot hold reads as none yet). */
export function positionFromFormValues(values: Record<string, string>): PositionContent {
  const stance = (stances as readonly string[]).includes(values.stance ?? '') ? (values.stance as Stance) : 'no_position'
  return { stance, rationale: values.rationale ?? '', proposedWording: values.proposedWording || null }
}
