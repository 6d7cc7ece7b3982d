/**
 * A draft as the browser gets it: its content, its version, and who saved it
 * when, the date already formatted (in UTC, so server and browser agree).
 * What a draft form shows when it opens, and what a refused save carries.
 */
import type { FormState } from '@/lib/auth/form-action'
import { formatDateTime } from '@/lib/dates'

import type { Draft } from './drafts'

export type DraftSnapshot<Content> = Content & { version: number; savedBy: string; savedAt: string }

/** A refused save names the draft that beat it, so both can be shown side by side. */
export type DraftFormState<Content> = FormState & { conflict?: DraftSnapshot<Content> }

export function toDraftSnapshot<Content>(draft: Draft<Content>): DraftSnapshot<Content> {
  // What the browser needs of a draft: its content and version, the rest as words.
  const { updatedAt, updatedBy, ...content } = draft
  return { ...(content as Content & { version: number }), savedBy: updatedBy, savedAt: formatDateTime(updatedAt) }
}
