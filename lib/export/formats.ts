/**
 * The formats a submission and the consolidated contribution come in, and
 * how each is rendered from the one content: Word and PDF from its document,
 * the spreadsheets from its workbook, JSON as the content itself.
 */
import 'server-only'

import { renderCsv } from './csv'
import type { ExportDocument } from './document'
import type { ExportWorkbook } from './table'
import { renderXlsx } from './xlsx'

export const exportFormats = ['xlsx', 'csv', 'json'] as const
export type ExportFormat = (typeof exportFormats)[number]

export const formatLabels: Record<ExportFormat, string> = { xlsx: 'Excel (.xlsx)', csv: 'CSV', json: 'JSON' }

export const contentTypes: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
}

export function isExportFormat(value: string): value is ExportFormat {
  return (exportFormats as readonly string[]).includes(value)
}

/** What a rendering reads: the document, the workbook, and the JSON text. */
export type Renderable = { document: () => ExportDocument; workbook: () => ExportWorkbook; json: string }

export async function renderExport(format: ExportFormat, renderable: Renderable): Promise<Uint8Array> {
  switch (format) {
    case 'xlsx':
      return new Uint8Array(await renderXlsx(renderable.workbook()))
    case 'csv':
      return new TextEncoder().encode(renderCsv(renderable.workbook()))
    case 'json':
      return new TextEncoder().encode(renderable.json)
  }
}
