/**
 * A spreadsheet as the XLSX and CSV renderers see it: named sheets of rows
 * under a header. CSV writes the first sheet. Pure data, JSON-serialisable.
 */

export type Cell = string | number | null

export type Column = {
  key: string
  header: string
  width?: number
  /** 'date': the cells hold days as YYYY-MM-DD, written to XLSX as real date cells (CSV keeps the text). */
  type?: 'date'
  /** The only values the column takes: a drop-down list in XLSX. */
  choices?: string[]
  /** Not for editing: XLSX protects the sheet (no password) and leaves only the other columns open. */
  isReadOnly?: boolean
}

export type Sheet = {
  /** At most 31 characters (Excel's limit). */
  name: string
  columns: Column[]
  rows: Record<string, Cell>[]
}

export type ExportWorkbook = {
  title: string
  /** For the file's properties; renderers use it, never the clock. */
  date: string
  sheets: Sheet[]
}
