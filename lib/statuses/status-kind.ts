/** Implementation statuses in the draft → share → history cycle: what a delegation already does about an item. */
import type { DraftKind } from '@/lib/drafts/draft-kind'

import { storedStatusSchema, type StatusContent } from './status-schemas'

/** A `@db.Date` column comes back as midnight UTC: its first ten characters are the day. */
function toDay(date: unknown): string | null {
  return date instanceof Date ? date.toISOString().slice(0, 10) : null
}

export const statusKind: DraftKind<StatusContent> = {
  noun: 'implementation status',
  draftModel: 'ImplementationStatus',
  shareModel: 'implementationStatusShare',
  historyModel: 'implementationStatusHistory',
  parent: 'status',
  parentKey: 'statusId',
  columns: ['state', 'evidence', 'links', 'asOf'],
  fromRow: (row) => storedStatusSchema.parse({ ...row, asOf: toDay(row.asOf) }),
  toRow: ({ state, evidence, links, asOf }) => ({ state, evidence, links, asOf: asOf ? new Date(`${asOf}T00:00:00.000Z`) : null }),
  fromHistory: (json) => storedStatusSchema.parse(json),
}
