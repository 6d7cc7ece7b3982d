/**
 * Issue 12, "Injection", in every export: the XSS corpus (lib/testing/xss-corpus.ts)
 * written through the lib into every text field a delegation exports
 * (rationale, proposed wording, evidence, links, comment bodies, the
 * delegation's and its people's names), then each file of the submission
 * (as exported now and as submitted), the consolidated contribution and the
 * statuses spreadsheet opened with a parser:
 * - Word and Excel: every XML part well-formed, no character XML forbids, no
 *   field code but the table of contents; the text reads back as typed;
 * - PDF: the text reads back as typed;
 * - Excel and CSV: no formula cell, no text cell starting with = + - @ tab or CR;
 * - JSON: parses, and holds every string exactly as typed.
 */
import { DOMParser } from '@xmldom/xmldom'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { extractText, getDocumentProxy } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import { createCommentSchema } from '@/lib/comments/comment-schemas'
import { createComment } from '@/lib/comments/comments'
import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import { exportFormats, type ExportFormat } from '@/lib/export/formats'
import { neutraliseCell } from '@/lib/export/neutralise'
import { renderXlsx } from '@/lib/export/xlsx'
import { pdfSafeText, xmlSafeText } from '@/lib/export/safe-text'
import { findItems } from '@/lib/catalogue/queries'
import { positionKind } from '@/lib/positions/position-kind'
import { positionContentSchema } from '@/lib/positions/position-schemas'
import { decideReview } from '@/lib/review/review-decisions'
import { statusKind } from '@/lib/statuses/status-kind'
import { statusContentSchema } from '@/lib/statuses/status-schemas'
import { getStatusWorkbook, previewStatusUpload } from '@/lib/statuses/status-spreadsheet'
import { exportConsolidated, exportCurrentSubmission } from '@/lib/submissions/exports'
import { getSubmissionFile, selectCommentsForSubmission, submitSubmission } from '@/lib/submissions/submissions'
import { useOwnTestDb } from '@/lib/testing/db'
import { createDelegation, createUser, ensureCatalogue, ensureDelegations } from '@/lib/testing/factories'
import { NO_PDF_GLYPHS, xssPayloads } from '@/lib/testing/xss-corpus'

/**
 * The names of the delegation and its people: hostile too, and starting with formula
 * characters (the delegate's, as the author at the start of the CSV's comments cell, with a
 * carriage return, which no form stores in a draft or a comment but a name may hold).
 */
const hostileNames = {
  delegation: `=cmd|' /C calc'!A0 <script>window.__xss=20</script></w:t>]]> \u202Eevil`,
  focalPoint: `+SUM(1)<img src=x onerror=window.__xss=21></w:t> Frieda`,
  delegate: `\r=cmd|' /C calc'!A0 <svg onload=window.__xss=22></svg> { DDEAUTO c:\\\\cmd.exe } Dieter`,
}
const hostileLink = 'https://example.org/?q=<script>window.__xss=23</script>&a="b"'

/** A payload as the forms store it: each text goes through the schema of its field, as a person's would. */
const payloadAt = (index: number) => xssPayloads[index % xssPayloads.length]!.text
const asStoredDraftText = (text: string) => positionContentSchema.parse({ stance: 'support', rationale: text }).rationale

/** What each item holds: every payload is a rationale, a wording, an evidence and a comment, each on its own item. */
function itemTexts(index: number) {
  return {
    rationale: asStoredDraftText(payloadAt(index)),
    proposedWording: asStoredDraftText(payloadAt(index + 1)),
    evidence: asStoredDraftText(payloadAt(index + 2)),
    comment: asStoredDraftText(payloadAt(index + 3)),
  }
}

// --- Reading the files back ----------------------------------------------------------

/** Characters XML 1.0 does not allow in a document (the Char production): Word refuses a file holding one. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

/** Every XML part of an Office file, checked well-formed; returns the parts' text. */
async function officeXmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = new Map<string, string>()
  for (const name of Object.keys(zip.files).filter((file) => /\.(xml|rels)$/.test(file))) {
    const xml = await zip.file(name)!.async('string')
    expect(NOT_XML_CHAR.exec(xml)?.[0], `${name} holds a character XML forbids`).toBeUndefined()
    const problems: string[] = []
    const onError = (message: string) => void problems.push(message)
    new DOMParser({ errorHandler: { warning: () => {}, error: onError, fatalError: onError } }).parseFromString(xml, 'text/xml')
    expect(problems, `${name} is not well-formed`).toEqual([])
    parts.set(name, xml)
  }
  return parts
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
/**
 * A PDF's text read back breaks lines where the layout did, inside a long word too, and a
 * table's cells come back line by line across the row: each word of a text is looked for.
 */
const glyphs = (text: string) => text.replace(/\s+/g, '')
const pdfWords = (text: string) => pdfSafeText(text).split(/\s+/).filter(Boolean)
const noPdfGlyphs = xssPayloads.find(({ name }) => name === NO_PDF_GLYPHS)!.text

async function docxText(bytes: Uint8Array): Promise<string> {
  const parts = await officeXmlParts(bytes)
  const document = parts.get('word/document.xml')!
  // Field instructions in the body: only the table of contents', none made of typed text.
  const instructions = [...document.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((match) => match[1]!.trim())
  expect(instructions.filter((instruction) => !/^(TOC|PAGEREF) /.test(instruction))).toEqual([])
  expect(document).not.toContain('<w:fldSimple')
  expect(document).not.toMatch(/<w:t[^>]*>injected paragraph<\/w:t>/)
  return squash((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value)
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })
  return glyphs(text as string)
}

/** Every cell of every sheet, as text; fails on a formula cell. */
async function xlsxCells(bytes: Uint8Array): Promise<string[]> {
  await officeXmlParts(bytes)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const cells: string[] = []
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type, `${sheet.name}!${cell.address} is a formula`).not.toBe(ExcelJS.ValueType.Formula)
        expect(cell.formula, `${sheet.name}!${cell.address} has a formula`).toBeFalsy()
        if (typeof cell.value === 'string') cells.push(cell.value)
      }),
    ),
  )
  return cells
}

/**
 * A typed text as an Excel cell holds it: neutralised, XML-safe, and with a carriage return
 * read as a line feed (XML reads a raw CR in element text as LF; exceljs writes it raw).
 */
const asExcelReads = (typed: string) => neutraliseCell(xmlSafeText(typed)).replace(/\r\n?/g, '\n')

function csvCells(bytes: Uint8Array): string[] {
  return (parse(new TextDecoder().decode(bytes), { bom: true, relax_column_count: true }) as string[][]).flat()
}

/** No text cell a spreadsheet would read as a formula. */
function expectNoFormulaStart(cells: string[]) {
  expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
}

/** Every string in a JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf)
  return []
}

/**
 * Checks one file: parsed, inert, and holding each of `texts` as typed. `cellTexts` are
 * the texts each spreadsheet cell holds whole (the CSV and Excel cells), `texts` those
 * read within the document's flow.
 */
async function expectInertFile(format: ExportFormat, bytes: Uint8Array, expected: { texts: string[]; cellTexts: string[] }) {
  switch (format) {
    case 'docx': {
      const text = await docxText(bytes)
      for (const typed of expected.texts) expect(text).toContain(squash(xmlSafeText(typed)))
      return
    }
    case 'pdf': {
      const text = await pdfText(bytes)
      for (const typed of expected.texts.filter((text) => !text.includes(noPdfGlyphs)))
        for (const word of pdfWords(typed)) expect(text, typed).toContain(glyphs(word))
      return
    }
    case 'xlsx': {
      const cells = await xlsxCells(bytes)
      expectNoFormulaStart(cells)
      for (const typed of expected.cellTexts) expect(cells).toContain(asExcelReads(typed))
      return
    }
    case 'csv': {
      const cells = csvCells(bytes)
      expectNoFormulaStart(cells)
      for (const typed of expected.cellTexts) expect(cells).toContain(neutraliseCell(typed))
      return
    }
    case 'json': {
      const strings = stringsOf(JSON.parse(new TextDecoder().decode(bytes)))
      for (const typed of [...expected.texts, ...expected.cellTexts]) expect(strings).toContain(typed)
      return
    }
  }
}

describe('the XSS corpus in every export', () => {
  // It writes on 30 items: other files' counts on those items would see it in the shared database.
  const db = useOwnTestDb('injection')
  let focalPoint: Viewer
  let delegate: Viewer
  let secretariat: Viewer
  let codes: string[]

  beforeAll(async () => {
    await ensureDelegations(db)
    await ensureCatalogue(db)
    const delegation = await createDelegation(db, { name: hostileNames.delegation })
    ;[focalPoint, delegate, secretariat] = await Promise.all([
      createUser(db, 'focal_point', { delegationCode: delegation.code, name: hostileNames.focalPoint }).then((user) => user.viewer),
      createUser(db, 'delegate', { delegationCode: delegation.code, name: hostileNames.delegate }).then((user) => user.viewer),
      createUser(db, 'secretariat_reviewer').then((user) => user.viewer),
    ])
    codes = (await findItems(db)).slice(0, xssPayloads.length).map((item) => item.code)
    const commentIds: string[] = []
    for (const [index, itemCode] of codes.entries()) {
      const texts = itemTexts(index)
      const position = positionContentSchema.parse({
        stance: 'support_with_amendments',
        rationale: payloadAt(index),
        proposedWording: payloadAt(index + 1),
      })
      expect(position).toMatchObject({ rationale: texts.rationale, proposedWording: texts.proposedWording })
      await saveDraft(db, delegate, positionKind, { itemCode, baseVersion: null, ...position })
      await shareDraft(db, focalPoint, positionKind, { itemCode, visibility: 'delegation_and_secretariat' })
      const status = statusContentSchema.parse({ state: 'in_progress', evidence: payloadAt(index + 2), links: hostileLink, asOf: '' })
      expect(status.evidence).toBe(texts.evidence)
      await saveDraft(db, delegate, statusKind, { itemCode, baseVersion: null, ...status })
      await shareDraft(db, focalPoint, statusKind, { itemCode, visibility: 'all_participants' })
      const input = createCommentSchema.parse({ itemCode, body: payloadAt(index + 3), visibility: 'delegation_and_secretariat' })
      expect(input.body).toBe(texts.comment)
      const comment = await createComment(db, delegate, input)
      commentIds.push(comment.comment.id)
    }
    await selectCommentsForSubmission(db, focalPoint, commentIds)
    // Positions marked "included" put their rationale into the consolidated contribution too.
    const positions = await db.position.findMany({ where: { delegationId: delegation.id }, select: { id: true } })
    for (const { id } of positions) await decideReview(db, secretariat, { kind: 'position', inputId: id, version: 1, state: 'included' })
  }, 180_000)

  /** What the submission says, field by field, as the corpus wrote it. */
  function submissionExpectations() {
    const fieldTexts = codes.flatMap((_, index) => Object.values(itemTexts(index)))
    const names = [hostileNames.delegation, hostileNames.focalPoint]
    return {
      texts: [...new Set([...fieldTexts, ...names, hostileLink])],
      // Cells holding a typed text whole: the rationale, wording and evidence columns, and the delegation column.
      cellTexts: [
        ...new Set([
          ...codes.flatMap((_, index) => {
            const { rationale, proposedWording, evidence } = itemTexts(index)
            return [rationale, proposedWording, evidence]
          }),
          hostileNames.delegation,
        ]),
      ],
    }
  }

  it.each(exportFormats)('the submission as exported now, as %s, is inert and says what was typed', async (format) => {
    const { bytes } = await exportCurrentSubmission(db, focalPoint, format)
    const expected = submissionExpectations()
    await expectInertFile(format, bytes, {
      ...expected,
      // The comment's author is in the document's comment table, and in the JSON.
      texts: [...expected.texts, ...(format === 'csv' || format === 'xlsx' ? [] : [hostileNames.delegate])],
    })
  })

  it.each(exportFormats)('the submitted version, as %s, is inert and says what was typed', async (format) => {
    const version = await submitSubmission(db, focalPoint)
    const file = await getSubmissionFile(db, delegate, version.id, format)
    await expectInertFile(format, file!.bytes, submissionExpectations())
  })

  it.each(exportFormats)('the consolidated contribution, as %s, is inert and says what was typed', async (format) => {
    const { bytes } = await exportConsolidated(db, secretariat, format)
    // The rationales of included positions, after their stance; the wordings, in the compilation text.
    const included = codes.map((_, index) => `Support with amendments: ${itemTexts(index).rationale}`)
    const wordings = codes.map((_, index) => itemTexts(index).proposedWording)
    const sheet = format === 'xlsx' || format === 'csv'
    await expectInertFile(format, bytes, {
      texts: sheet ? [] : [...included, ...(format === 'json' ? [] : wordings), hostileNames.delegation],
      cellTexts: [],
    })
    if (sheet) {
      const cells = format === 'csv' ? csvCells(bytes) : await xlsxCells(bytes)
      const compilation = squash(cells.join('\n'))
      for (const wording of wordings) expect(compilation).toContain(squash(format === 'xlsx' ? xmlSafeText(wording) : wording))
    }
  })

  it('the statuses spreadsheet is inert, and reads back as the same statuses', async () => {
    const { workbook } = await getStatusWorkbook(db, delegate, '2017-12-01')
    const bytes = await renderXlsx(workbook)
    const cells = await xlsxCells(bytes)
    expectNoFormulaStart(cells)
    const evidence = codes.map((code, index) => ({ code, typed: itemTexts(index).evidence }))
    for (const { typed } of evidence) expect(cells).toContain(asExcelReads(typed))
    expect(cells).toContain(hostileLink)
    // Uploaded back untouched, every row is unchanged (the neutralising quote comes off), but for the
    // evidence the file could not carry as typed: XML has no U+FFFE, so that row reads back with U+FFFD.
    const preview = await previewStatusUpload(db, delegate, bytes)
    expect(preview.problems).toEqual([])
    expect(preview.conflicts).toEqual([])
    const notXmlSafe = evidence.filter(({ typed }) => xmlSafeText(typed) !== typed)
    expect(notXmlSafe).toHaveLength(1)
    expect(preview.changes.map(({ itemCode, fields }) => ({ itemCode, fields }))).toEqual(
      notXmlSafe.map(({ code, typed }) => ({ itemCode: code, fields: [{ field: 'Evidence', before: typed, after: xmlSafeText(typed) }] })),
    )
  })
})
