/**
 * What an implementation status form may send, and the words for states. No
 * 'server-only': client components read the labels and limits too.
 */
import { z } from 'zod'

import { draftFormFields, draftTextSchema } from '@/lib/drafts/draft-schemas'
import { ImplementationState } from '@/lib/generated/prisma/enums'
import { storableText } from '@/lib/validation/text'

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

const linkSchema = storableText()
  .max(MAX_LINK_LENGTH, `Keep each link to ${MAX_LINK_LENGTH} characters.`)
  .refine(isWebAddress, {
    error: (issue) => `“${String(issue.input).slice(0, 80)}” is not a web address starting with http:// or https://.`,
  })

/** The links box's addresses: one per line, blank lines ignored; a JSON client may send a list. */
function linkLines(links: string | string[]): string[] {
  return (typeof links === 'string' ? links.split(/\r\n?|\n/) : links).map((line) => line.trim()).filter((line) => line !== '')
}

export const linksSchema = z
  .union([z.string(), z.array(z.string())])
  .transform(linkLines)
  .pipe(z.array(linkSchema).max(MAX_LINKS, `Give at most ${MAX_LINKS} links.`))

const DAY = 24 * 60 * 60 * 1000

/**
 * The "as of" date, kept as the day it names (YYYY-MM-DD), whatever the time
 * zone: blank for none, else a real calendar day. A status may
 * describe a date planned ahead, but not one more than a year away: that is
 * a typo in the year, not a status.
 */
export const asOfSchema = z
  .string({ error: 'Give the date as YYYY-MM-DD.' })
  // One schema rather than a union with '': a union's failure reads "Invalid input", not what is wrong with the date.
  .transform((text, context): string | null => {
    if (text === '') return null
    const refuse = (message: string) => {
      context.addIssue({ code: 'custom', message })
      return z.NEVER
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return refuse('Give the date as YYYY-MM-DD.')
    const date = new Date(`${text}T00:00:00.000Z`)
    // Date rolls 2017-02-30 over into March: a day that does not round-trip does not exist.
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return refuse('This date does not exist.')
    // Postgres has no year 0, and no status predates the GFMD by a century.
    if (date.getUTCFullYear() < 1900) return refuse('Give a date from 1900 on.')
    if (date.getTime() > Date.now() + 366 * DAY) return refuse('The date is more than a year ahead.')
    return text
  })

/** A status's content as drafts, shares and the history hold it; the date as YYYY-MM-DD. */
export const storedStatusSchema = z.object({
  state: z.enum(ImplementationState),
  evidence: z.string(),
  links: z.array(z.string()),
  asOf: z.string().nullable(),
})

export type StatusContent = z.infer<typeof storedStatusSchema>

/** What a person may write as an implementation status. */
export const statusContentSchema = z.object({
  state: z.enum(ImplementationState, { error: 'Choose a state.' }),
  evidence: draftTextSchema('the evidence'),
  links: linksSchema,
  asOf: asOfSchema,
})

export const statusDraftSchema = statusContentSchema.extend(draftFormFields)

/** A status as its form's fields hold it: links one per line. */
export function statusFormValues(status: StatusContent | null): Record<string, string> {
  return {
    state: status?.state ?? 'not_started',
    evidence: status?.evidence ?? '',
    links: status?.links.join('\n') ?? '',
    asOf: status?.asOf ?? '',
  }
}

/**
 * What a status form's fields hold, read back as a status, to show beside a
 * conflicting version: links one per line, a date only when it is one.
 */
export function statusFromFormValues(values: Record<string, string>): StatusContent {
  const state = (implementationStates as readonly string[]).includes(values.state ?? '')
    ? (values.state as ImplementationState)
    : 'not_started'
  return {
    state,
    evidence: values.evidence ?? '',
    links: linkLines(values.links ?? ''),
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(values.asOf ?? '') ? (values.asOf ?? null) : null,
  }
}
