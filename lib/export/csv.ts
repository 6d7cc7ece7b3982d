/** A workbook's first sheet as CSV: UTF-8 with a byte-order mark, so Excel reads accents, and CRLF rows (RFC 4180). */
import { stringify } from 'csv-stringify/sync'

import { neutraliseCell } from './neutralise'
import type { ExportWorkbook } from './table'

const BOM = '\uFEFF'

export function renderCsv(workbook: ExportWorkbook): string {
  const sheet = workbook.sheets[0]
  if (!sheet) return BOM
  const header = sheet.columns.map((column) => column.header)
  const rows = sheet.rows.map((row) => sheet.columns.map((column) => neutraliseCell(row[column.key] ?? null) ?? ''))
  return BOM + stringify([header.map(neutraliseCell), ...rows], { record_delimiter: '\r\n' })
}
