/**
 * A document as the Word and PDF renderers see it: a cover, then headed
 * sections of blocks. The submission and the consolidated contribution are
 * each turned into one of these (lib/submissions), and every renderer reads
 * only this shape, so the two formats always say the same thing.
 *
 * Pure data, JSON-serialisable: a frozen submission stores what it rendered.
 */

/** A run of text; in a difference, what was removed or added against the item's text. */
export type TextRun = { text: string; change?: 'added' | 'removed'; bold?: boolean; italic?: boolean }

export type Block =
  /** A paragraph of plain text or of runs. */
  | { type: 'paragraph'; runs: TextRun[] }
  /** The item's quoted text, set apart. */
  | { type: 'quote'; text: string; source?: string }
  /** A wording shown as a readable difference (removed struck through, added underlined), with a caption. */
  | { type: 'difference'; caption: string; runs: TextRun[] }
  /** Labelled values, as a two-column table (stance, rationale, status, evidence…). */
  | { type: 'fields'; rows: { label: string; value: string }[] }
  /** A table with a header row. */
  | { type: 'table'; caption?: string; columns: string[]; rows: string[][] }
  /** A short note in smaller type (e.g. "No position shared on this item"). */
  | { type: 'note'; text: string }

export type Section = {
  /** 1: a cluster, 2: an item. Headings of level 1 and 2 go into the table of contents. */
  level: 1 | 2
  heading: string
  blocks: Block[]
}

export type ExportDocument = {
  /** The document's title, on the cover and in the file's properties. */
  title: string
  subtitle?: string
  /** Cover data as label/value pairs: delegation, kind, date, version, focal point, meeting, SHA-256… */
  cover: { label: string; value: string }[]
  /** Printed on every page's footer beside the page number, e.g. "Germany · version 3". */
  footer: string
  /** The moment the document describes; renderers use it for the file's dates, never the clock, so a rendering can be repeated. */
  date: string
  sections: Section[]
}

/** The legend beside every difference, each phrase shown in its own change's formatting. */
export const differenceLegend: Record<'added' | 'removed', string> = {
  removed: 'Struck through: removed',
  added: 'Underlined: added',
}
