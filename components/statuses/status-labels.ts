/**
 * An implementation status as the browser gets it: plain strings, dates
 * already formatted (in UTC, so server and browser agree).
 */
import { formatDate, formatDateTime } from '@/lib/dates'
import type { ImplementationState } from '@/lib/generated/prisma/enums'
import type { StatusDraft } from '@/lib/statuses/implementation-statuses'

export type StatusSnapshot = {
  version: number
  state: ImplementationState
  evidence: string
  links: string[]
  /** YYYY-MM-DD, or null. */
  asOf: string | null
  savedBy: string
  savedAt: string
}

export function toStatusSnapshot(status: StatusDraft): StatusSnapshot {
  return {
    version: status.version,
    state: status.state,
    evidence: status.evidence,
    links: status.links,
    asOf: status.asOf,
    savedBy: status.updatedBy,
    savedAt: formatDateTime(status.updatedAt),
  }
}

/** "4 December 2017" for the stored day "2017-12-04". */
export function formatAsOf(asOf: string): string {
  return formatDate(new Date(`${asOf}T00:00:00.000Z`))
}
