/**
 * Exports rendered on request: the own delegation's submission as it stands
 * now (not submitted), and the secretariat's consolidated contribution.
 * Submitted versions are not rendered again: their files are read as stored
 * (./submissions.ts).
 */
import 'server-only'

import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import { renderExport, type ExportFormat } from '@/lib/export/formats'

import { buildConsolidatedContent, consolidatedDocument, consolidatedWorkbook } from './consolidated-content'
import { buildSubmissionContent, renderableOf } from './submission-content'
import { submissionRenderable } from './submissions'

export async function exportCurrentSubmission(db: Db, viewer: Viewer, format: ExportFormat) {
  const content = await buildSubmissionContent(db, viewer)
  const bytes = await renderExport(format, submissionRenderable(content).renderable)
  return { bytes, filename: `stocktaking-${content.delegation.code}-current.${format}` }
}

export async function exportConsolidated(db: Db, viewer: Viewer, format: ExportFormat) {
  const content = await buildConsolidatedContent(db, viewer)
  const { renderable } = renderableOf(content, {
    document: (sha256) => consolidatedDocument(content, sha256),
    workbook: () => consolidatedWorkbook(content),
  })
  return {
    bytes: await renderExport(format, renderable),
    filename: `gfmd-consolidated-contribution-${content.date.slice(0, 10)}.${format}`,
  }
}
