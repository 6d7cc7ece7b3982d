/** Positions in the draft → share → history cycle: a delegation's stance on an item, its rationale and proposed wording. */
import type { DraftKind } from '@/lib/drafts/draft-kind'

import { storedPositionSchema, type PositionContent } from './position-schemas'

export const positionKind: DraftKind<PositionContent> = {
  noun: 'position',
  draftModel: 'Position',
  shareModel: 'positionShare',
  historyModel: 'positionHistory',
  parent: 'position',
  parentKey: 'positionId',
  columns: ['stance', 'rationale', 'proposedWording'],
  fromRow: (row) => storedPositionSchema.parse(row),
  toRow: ({ stance, rationale, proposedWording }) => ({ stance, rationale, proposedWording }),
  fromHistory: (json) => storedPositionSchema.parse(json),
}
