/** Words for the visibility levels, read by pages, forms and actions alike, so a share reads the same everywhere. */
import type { Visibility } from '@/lib/generated/prisma/enums'

export const visibilityLabels: Record<Visibility, string> = {
  delegation: 'Delegation only',
  delegation_and_secretariat: 'Delegation and secretariat',
  all_participants: 'All participants',
}

/** How far a share reaches, inside a sentence: "Version 2 shared with all participants". */
export const sharedWithPhrases: Record<Visibility, string> = {
  delegation: 'your delegation only',
  delegation_and_secretariat: 'the secretariat',
  all_participants: 'all participants',
}
