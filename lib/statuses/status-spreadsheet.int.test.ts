/**
 * The statuses spreadsheet round trip against a real Postgres: the download
 * holds the own delegation's statuses only, an edited file is previewed
 * (changes, bad rows by row and column, conflicts) without writing, and the
 * confirmation writes only the good, non-conflicting rows, each on top of
 * its row's version.
 */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import { listOwnDrafts, saveDraft } from '@/lib/drafts/drafts'
import { isAppError } from '@/lib/errors'
import { renderXlsx } from '@/lib/export/xlsx'
import { useTestDb } from '@/lib/testing/db'
import { createCast } from '@/lib/testing/factories'

import { statusKind } from './status-kind'
import type { StatusContent } from './status-schemas'
import { confirmStatusUpload, getStatusWorkbook, previewStatusUpload } from './status-spreadsheet'
import { confirmStatusUploadSchema } from './status-upload-schemas'

type Edit = Partial<Record<'State' | 'Evidence' | 'Links (one per line)' | 'As of' | 'Downloaded at version (do not edit)', string | Date>>

/** The downloaded file as Excel would save it after a person's edits, by item code. */
async function editSheet(bytes: Buffer, edits: Record<string, Edit>): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = book.worksheets[0]!
  const headers = new Map<string, number>()
  sheet.getRow(1).eachCell((cell, column) => headers.set(String(cell.value), column))
  sheet.eachRow((row) => {
    const edit = edits[String(row.getCell(1).value)]
    if (!edit) return
    for (const [header, value] of Object.entries(edit)) row.getCell(headers.get(header)!).value = value
  })
  return Buffer.from(await book.xlsx.writeBuffer())
}

async function download(db: ReturnType<typeof useTestDb>, viewer: Viewer) {
  const { workbook, fileName } = await getStatusWorkbook(db, viewer, '2017-12-01')
  return { workbook, fileName, bytes: await renderXlsx(workbook) }
}

describe('the statuses spreadsheet round trip', () => {
  const db = useTestDb()
  let delegate: Viewer
  let focalPoint: Viewer
  let otherFocalPoint: Viewer
  let secretariat: Viewer

  const status = (viewer: Viewer, itemCode: string, content: Partial<StatusContent>, baseVersion: number | null = null) =>
    saveDraft(db, viewer, statusKind, { itemCode, state: 'planned', evidence: '', links: [], asOf: null, ...content, baseVersion })

  beforeAll(async () => {
    ;({ delegate, focalPoint, otherFocalPoint, secretariat } = (await createCast(db)).viewers)
    await status(delegate, 'E-16.01', { state: 'in_progress', evidence: 'Loi sur la migration, Côte d’Ivoire', asOf: '2017-10-01' })
    await status(delegate, 'E-16.02', { evidence: '- a bullet that looks like a formula' })
    await status(delegate, 'E-16.03', {})
    await status(delegate, 'E-16.04', { links: ['https://example.org/a', 'https://example.org/b'] })
    await status(delegate, 'E-16.05', {})
    await status(otherFocalPoint, 'E-16.01', { evidence: 'OTHER-DELEGATION-SECRET' })
  })

  it('downloads one row per current item with the own statuses, their versions, and nobody else’s', async () => {
    const { workbook, fileName, bytes } = await download(db, delegate)
    const items = await db.item.count({ where: { retiredAt: null } })
    const rows = workbook.sheets[0]!.rows
    expect(rows).toHaveLength(items)
    expect(fileName).toBe(`implementation-statuses-${delegate.delegation!.code}-2017-12-01.xlsx`)
    expect(rows.find((row) => row.itemCode === 'E-16.01')).toMatchObject({
      state: 'In progress',
      evidence: 'Loi sur la migration, Côte d’Ivoire',
      asOf: '2017-10-01',
      version: 1,
    })
    expect(rows.find((row) => row.itemCode === 'E-16.04')?.links).toBe('https://example.org/a\nhttps://example.org/b')
    expect(rows.find((row) => row.itemCode === 'R-19.01')).toMatchObject({ state: null, version: null })
    expect(JSON.stringify(workbook)).not.toContain('OTHER-DELEGATION-SECRET')

    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes as unknown as ArrayBuffer)
    const row = book.worksheets[0]!.getRow(rows.findIndex((candidate) => candidate.itemCode === 'E-16.01') + 2)
    expect(row.getCell(6).value).toEqual(new Date('2017-10-01T00:00:00.000Z'))
    expect(row.getCell(3).dataValidation).toMatchObject({ type: 'list' })
  })

  it('reads the downloaded file back unchanged as nothing to write, neutralised cells included', async () => {
    const { bytes } = await download(db, delegate)
    const preview = await previewStatusUpload(db, delegate, bytes)
    expect(preview).toMatchObject({ changes: [], problems: [], conflicts: [], unchangedCount: 5 })
  })

  it('previews changes, bad rows and conflicts, writes nothing, and the confirmation writes only the good rows', async () => {
    const { bytes } = await download(db, delegate)
    // Saved in the app after the download: the file's row for it is now a conflict.
    await status(focalPoint, 'E-16.05', { state: 'implemented', evidence: 'saved in the app' }, 1)
    const edited = await editSheet(bytes, {
      'E-16.01': { State: 'Implemented', 'As of': new Date('2017-11-30T00:00:00.000Z') },
      'E-16.02': { State: 'Done' },
      'E-16.03': { 'As of': '2017-02-30' },
      'E-16.05': { Evidence: 'edited in Excel' },
      'R-19.01': { State: 'planned', Evidence: 'Götz’s new programme', 'Links (one per line)': 'https://example.org/götz' },
    })

    const preview = await previewStatusUpload(db, delegate, edited)
    expect(preview.changes.map(({ itemCode, fields }) => ({ itemCode, fields }))).toEqual([
      {
        itemCode: 'E-16.01',
        fields: [
          { field: 'State', before: 'In progress', after: 'Implemented' },
          { field: 'As of', before: '2017-10-01', after: '2017-11-30' },
        ],
      },
      {
        itemCode: 'R-19.01',
        fields: [
          { field: 'State', before: '', after: 'Planned' },
          { field: 'Evidence', before: '', after: 'Götz’s new programme' },
          { field: 'Links', before: '', after: 'https://example.org/götz' },
        ],
      },
    ])
    expect(preview.problems.map(({ itemCode, column, message }) => ({ itemCode, column, message }))).toEqual([
      { itemCode: 'E-16.02', column: 'State', message: expect.stringContaining('“Done” is not a state') },
      { itemCode: 'E-16.03', column: 'As of', message: 'This date does not exist.' },
    ])
    expect(preview.problems[0]!.row).toBeGreaterThan(1)
    expect(preview.conflicts).toMatchObject([{ itemCode: 'E-16.05', downloadedVersion: 1, currentVersion: 2 }])
    // Nothing is written by a preview.
    const before = await listOwnDrafts(db, delegate, statusKind)
    expect(before.find((draft) => draft.itemCode === 'E-16.01')).toMatchObject({ state: 'in_progress', version: 1 })
    expect(before.find((draft) => draft.itemCode === 'R-19.01')).toBeUndefined()

    // The confirmation sends the previewed changes back, as the page's form does.
    const confirmed = confirmStatusUploadSchema.parse({ changes: JSON.stringify(preview.changes.map(({ input }) => input)) })
    const result = await confirmStatusUpload(db, delegate, confirmed.changes)
    expect(result).toEqual({
      written: [
        { itemCode: 'E-16.01', version: 2 },
        { itemCode: 'R-19.01', version: 1 },
      ],
      conflicts: [],
    })
    const after = new Map((await listOwnDrafts(db, delegate, statusKind)).map((draft) => [draft.itemCode, draft]))
    expect(after.get('E-16.01')).toMatchObject({
      state: 'implemented',
      asOf: '2017-11-30',
      evidence: 'Loi sur la migration, Côte d’Ivoire',
    })
    expect(after.get('R-19.01')).toMatchObject({ state: 'planned', evidence: 'Götz’s new programme', links: ['https://example.org/götz'] })
    expect(after.get('E-16.02')).toMatchObject({ state: 'planned', version: 1 })
    expect(after.get('E-16.03')).toMatchObject({ asOf: null, version: 1 })
    expect(after.get('E-16.05')).toMatchObject({ evidence: 'saved in the app', version: 2 })
    // The other delegation's status on the same item is untouched.
    expect((await listOwnDrafts(db, otherFocalPoint, statusKind)).find((draft) => draft.itemCode === 'E-16.01')).toMatchObject({
      version: 1,
    })
  })

  it('reports a save that lost a race between the preview and the confirmation as a conflict, and writes the rest', async () => {
    const { bytes } = await download(db, delegate)
    const edited = await editSheet(bytes, { 'E-16.03': { State: 'Not applicable' }, 'E-16.04': { Evidence: 'from the file' } })
    const preview = await previewStatusUpload(db, delegate, edited)
    expect(preview.changes.map(({ itemCode }) => itemCode)).toEqual(['E-16.03', 'E-16.04'])
    await status(focalPoint, 'E-16.04', { evidence: 'saved meanwhile' }, 1)
    const { changes } = confirmStatusUploadSchema.parse({ changes: JSON.stringify(preview.changes.map(({ input }) => input)) })
    expect(await confirmStatusUpload(db, delegate, changes)).toEqual({
      written: [{ itemCode: 'E-16.03', version: 2 }],
      conflicts: ['E-16.04'],
    })
    const after = (await listOwnDrafts(db, delegate, statusKind)).find((draft) => draft.itemCode === 'E-16.04')
    expect(after).toMatchObject({ evidence: 'saved meanwhile', version: 2 })
  })

  it('refuses a file that is not an xlsx, or has no header it knows, and a viewer who may not edit drafts', async () => {
    const refusal = async (bytes: Uint8Array, viewer = delegate) =>
      previewStatusUpload(db, viewer, bytes).then(
        () => null,
        (error: unknown) => (isAppError(error) ? { code: error.code, message: error.message } : error),
      )
    expect(await refusal(new TextEncoder().encode('Item code,State\nE-16.01,Planned\n'))).toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('not an Excel workbook'),
    })
    const book = new ExcelJS.Workbook()
    book.addWorksheet('Sheet1').addRow(['Code', 'Status'])
    expect(await refusal(Buffer.from(await book.xlsx.writeBuffer()))).toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('does not name the columns'),
    })
    expect(await refusal(new Uint8Array(2 * 1024 * 1024 + 1))).toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('over 2 MB'),
    })
    const { bytes } = await download(db, delegate)
    expect(await refusal(bytes, secretariat)).toMatchObject({ code: 'forbidden' })
  })

  it('refuses a forged confirmation that the form’s schema refuses', () => {
    const forged = [{ itemCode: 'E-16.01', state: 'done', evidence: '', links: 'javascript:alert(1)', asOf: '', baseVersion: '1' }]
    expect(confirmStatusUploadSchema.safeParse({ changes: JSON.stringify(forged) }).success).toBe(false)
    expect(confirmStatusUploadSchema.safeParse({ changes: 'not json' }).success).toBe(false)
    expect(confirmStatusUploadSchema.safeParse({ changes: '[]' }).success).toBe(false)
  })
})
