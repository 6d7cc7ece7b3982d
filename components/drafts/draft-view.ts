/**
 * How a kind of delegation input is shown: its words in sentences, its
 * content, and its fields one by one for the history. Every draft component
 * (the panel, the shared list, the history) reads one of these, so the kinds
 * differ only where they really differ.
 */
import type { ReactNode } from 'react'

import type { DraftFieldSpec } from './draft-fields'

export type DraftView<Content> = {
  /** Keeps ids unique: an item page shows the panels of several kinds. */
  idPrefix: string
  /** Inside a sentence: "this position", "an implementation status". */
  noun: string
  /** Above the draft, after "The draft is visible to Germany only.": what this kind records. */
  intro?: (delegationName: string) => string
  /** Where there is no draft yet: "No draft yet." */
  emptyText: string
  /** The fields a save may change, in the order they are shown. */
  fieldLabels: Record<keyof Content & string, string>
  /** A field's value as a person reads it. */
  shownField: (field: keyof Content & string, content: Content) => ReactNode
  /** The whole content; `itemText` lets a kind show changes to the item's words. */
  content: (content: Content, context: { itemText: string; className?: string }) => ReactNode
  /** The kind's draft form: its own fields, and how their values read as content. */
  form: {
    fields: readonly DraftFieldSpec[]
    /** The content as the fields hold it (a new draft's defaults for null). */
    formValues: (content: Content | null) => Record<string, string>
    /** What the fields hold, read back as content, to show beside a conflicting version. */
    contentOf: (values: Record<string, string>) => Content
    submitLabel: string
  }
}
