/**
 * The formats a submission and the consolidated contribution come in, and
 * how each is rendered from the one content: Word and PDF from its document,
 * the spreadsheets from its workbook, JSON as the content itself.
 */
import 'server-only'

import type { ExportDocument } from './document'
import { renderCsv } from './csv'
import { renderDocx } from './docx'
import { renderPdf } from './pdf'
import type { ExportWorkbook } from './table'
import { renderXlsx } from './xlsx'

export const exportFormats = ['docx', 'pdf', 'xlsx', 'csv', 'json'] as const
export type ExportFormat = (typeof exportFormats)[number]

export const formatLabels: Record<ExportFormat, string> = { docx: 'Word', pdf: 'PDF', xlsx: 'Excel', csv: 'CSV', json: 'JSON' }

export const contentTypes: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
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
    case 'docx':
      return renderDocx(renderable.document())
    case 'pdf':
      return renderPdf(renderable.document())
    case 'xlsx':
      return renderXlsx(renderable.workbook())
    case 'csv':
      return new TextEncoder().encode(renderCsv(renderable.workbook()))
    case 'json':
      return new TextEncoder().encode(renderable.json)
  }
}
