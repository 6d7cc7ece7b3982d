/**
 * Words for positions shared by the server-rendered panel, its forms and the
 * actions, so the same share reads the same everywhere.
 */
import { formatDateTime } from '@/lib/dates'
import type { Stance, Visibility } from '@/lib/generated/prisma/enums'
import type { PositionDraft } from '@/lib/positions/positions'

/** How far a share reaches, inside a sentence: "Version 2 shared with all participants". */
export const sharedWithPhrases: Record<Visibility, string> = {
  delegation: 'the own delegation only',
  delegation_and_secretariat: 'the secretariat',
  all_participants: 'all participants',
}

/** A draft as the browser gets it: plain strings, the date already formatted (in UTC, so server and browser agree). */
export type DraftSnapshot = {
  version: number
  stance: Stance
  rationale: string
  proposedWording: string | null
  savedBy: string
  savedAt: string
}

export function toDraftSnapshot(draft: PositionDraft): DraftSnapshot {
  return {
    version: draft.version,
    stance: draft.stance,
    rationale: draft.rationale,
    proposedWording: draft.proposedWording,
    savedBy: draft.updatedBy,
    savedAt: formatDateTime(draft.updatedAt),
  }
}
