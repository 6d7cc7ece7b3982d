/**
 * A spreadsheet as the XLSX and CSV renderers see it: named sheets of rows
 * under a header. CSV writes the first sheet. Pure data, JSON-serialisable.
 */

export type Cell = string | number | null

export type Sheet = {
  /** At most 31 characters (Excel's limit). */
  name: string
  columns: { key: string; header: string; width?: number }[]
  rows: Record<string, Cell>[]
}

export type ExportWorkbook = {
  title: string
  /** For the file's properties; renderers use it, never the clock. */
  date: string
  sheets: Sheet[]
}
