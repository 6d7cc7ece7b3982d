/**
 * What an implementation status form may send, validated by the same schemas
 * in the form's server action and anywhere else input arrives. No
 * 'server-only': the labels are also read by client components.
 *
 * As with positions, no schema has a delegation field: the delegation always
 * comes from the session, never from the request.
 */
import { z } from 'zod'

import { ImplementationState } from '@/lib/generated/prisma/enums'
import { baseVersionSchema, itemCodeSchema, shareVisibilities } from '@/lib/positions/position-schemas'

export const implementationStateLabels: Record<ImplementationState, string> = {
  not_started: 'Not started',
  planned: 'Planned',
  in_progress: 'In progress',
  implemented: 'Implemented',
  not_applicable: 'Not applicable',
}

/** The order states are offered in: the way a commitment progresses, then the way out. */
export const implementationStates = [
  'not_started',
  'planned',
  'in_progress',
  'implemented',
  'not_applicable',
] as const satisfies readonly ImplementationState[]

export const MAX_EVIDENCE_TEXT = 5000
export const MAX_LINKS = 20
export const MAX_LINK_LENGTH = 2000

/** Whether a string is an absolute http(s) address: the only links evidence may carry (no javascript:, data:, file:). */
export function isWebAddress(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

const linkSchema = z
  .string()
  .max(MAX_LINK_LENGTH, `Keep each link to ${MAX_LINK_LENGTH} characters.`)
  .refine(isWebAddress, {
    error: (issue) => `“${String(issue.input).slice(0, 80)}” is not a web address starting with http:// or https://.`,
  })

/** The links box: one address per line, blank lines ignored; also takes an array (from a JSON client). */
export const linksSchema = z
  .union([z.string().transform((text) => text.split(/\r\n?|\n/)), z.array(z.string())])
  .transform((lines) => lines.map((line) => line.trim()).filter((line) => line !== ''))
  .pipe(z.array(linkSchema).max(MAX_LINKS, `Give at most ${MAX_LINKS} links.`))

const DAY = 24 * 60 * 60 * 1000

/**
 * The "as of" date: blank for none, else a real calendar day. A status may
 * describe a date planned ahead, but not one more than a year away: that is
 * a typo in the year, not a status.
 */
export const asOfSchema = z.union([
  z.literal('').transform(() => null),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the date as YYYY-MM-DD.')
    .transform((text, context) => {
      const date = new Date(`${text}T00:00:00.000Z`)
      // Date rolls 2017-02-30 over into March: a day that does not round-trip does not exist.
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
        context.addIssue({ code: 'custom', message: 'This date does not exist.' })
        return z.NEVER
      }
      if (date.getTime() > Date.now() + 366 * DAY) {
        context.addIssue({ code: 'custom', message: 'The date is more than a year ahead.' })
        return z.NEVER
      }
      return date
    }),
])

export const statusDraftSchema = z.object({
  itemCode: itemCodeSchema,
  state: z.enum(ImplementationState, { error: 'Choose a state.' }),
  // Browsers send a textarea's line breaks as CRLF; stored as LF, the same words compare equal.
  evidence: z
    .string()
    .transform((text) => text.replace(/\r\n?/g, '\n'))
    .pipe(z.string().max(MAX_EVIDENCE_TEXT, `Keep the evidence to ${MAX_EVIDENCE_TEXT} characters.`)),
  links: linksSchema,
  asOf: asOfSchema,
  baseVersion: baseVersionSchema,
})

export type StatusDraftInput = z.infer<typeof statusDraftSchema>

export const statusShareFormSchema = z.object({
  itemCode: itemCodeSchema,
  visibility: z.enum(shareVisibilities, { error: 'Choose with whom to share the implementation status.' }),
  version: z.coerce.number({ error: 'Reload the page and try again.' }).int().positive('Reload the page and try again.'),
})
