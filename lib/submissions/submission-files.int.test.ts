/**
 * Every format of a submission, opened with a parser and checked against the
 * database: each item the delegation shared beyond itself is in the file,
 * with its words, and no item it kept to itself is; the Word and PDF covers
 * and the Excel file's cover sheet carry the version's SHA-256.
 */
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { extractText, getDocumentProxy } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'

import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import { exportFormats, type ExportFormat } from '@/lib/export/formats'
import type { Visibility } from '@/lib/generated/prisma/enums'
import { positionKind } from '@/lib/positions/position-kind'
import { useTestDb } from '@/lib/testing/db'
import { createCast, type Cast } from '@/lib/testing/factories'

import { getSubmissionFile, submitSubmission } from './submissions'

/** The text a person reads in each format. */
const readers: Record<ExportFormat, (bytes: Uint8Array) => Promise<string>> = {
  json: async (bytes) => new TextDecoder().decode(bytes),
  docx: async (bytes) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value,
  pdf: async (bytes) =>
    ((await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text as string).replace(/\s+/g, ' '),
  xlsx: async (bytes) => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
    const cells: string[] = []
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell.text))))
    return cells.join('\n')
  },
  csv: async (bytes) => parse(new TextDecoder().decode(bytes), { bom: true }).flat().join('\n'),
}

describe('the files of a submitted version', () => {
  const db = useTestDb()
  let cast: Cast['viewers']
  const shared = { 'F-22.01': 'delegation_and_secretariat', 'E-23.02': 'all_participants' } as const
  const kept = { 'E-23.03': 'delegation', 'R-09.01': null } as const

  beforeAll(async () => {
    cast = (await createCast(db)).viewers
    const entries: [string, Visibility | null][] = [...Object.entries(shared), ...Object.entries(kept)]
    for (const [itemCode, visibility] of entries) {
      await saveDraft(db, cast.focalPoint, positionKind, {
        itemCode,
        baseVersion: null,
        stance: 'concerns',
        rationale: `Rationale on ${itemCode}`,
        proposedWording: null,
      })
      if (visibility) await shareDraft(db, cast.focalPoint, positionKind, { itemCode, visibility })
    }
  })

  it.each(exportFormats)('%s holds every shared item and no other', async (format) => {
    const version = await submitSubmission(db, cast.focalPoint)
    const file = await getSubmissionFile(db, cast.delegate, version.id, format)
    const text = await readers[format](file!.bytes)
    for (const code of Object.keys(shared)) {
      expect(text).toContain(code)
      expect(text).toContain(`Rationale on ${code}`)
    }
    for (const code of Object.keys(kept)) {
      expect(text).not.toContain(code)
      expect(text).not.toContain(`Rationale on ${code}`)
    }
    expect(text).toContain(cast.focalPoint.delegation!.name)
    // The receipt is on the cover of Word, PDF and the Excel file's Cover sheet; the JSON and the CSV are what it hashes and lists.
    if (format !== 'json' && format !== 'csv') expect(text.replace(/\s+/g, '')).toContain(version.sha256)
  })
})
