/**
 * The implementation-status spreadsheet a delegation downloads, edits in
 * Excel and uploads back: its columns, a row as written, and a file read
 * back into rows checked with the status form's own schema. Pure: the
 * queries and the writes are in ./status-spreadsheet.ts.
 */
import ExcelJS from 'exceljs'
import type { z } from 'zod'

import { AppError } from '@/lib/errors'
import { restoreNeutralised } from '@/lib/export/neutralise'
import type { Column } from '@/lib/export/table'
import type { ImplementationState } from '@/lib/generated/prisma/enums'

import { MAX_STATUS_FILE_BYTES, MAX_STATUS_ROWS } from './status-upload-schemas'
import { implementationStateLabels, implementationStates, statusDraftSchema, type StatusContent } from './status-schemas'

export const STATUS_SHEET_NAME = 'Implementation statuses'

type StatusColumnKey = 'itemCode' | 'title' | 'state' | 'evidence' | 'links' | 'asOf' | 'version'

/** In the order of the sheet. The upload finds each column by its header, so people may reorder them. */
export const statusColumns: (Column & { key: StatusColumnKey })[] = [
  { key: 'itemCode', header: 'Item code', width: 11, isReadOnly: true },
  { key: 'title', header: 'Item', width: 45, isReadOnly: true },
  { key: 'state', header: 'State', width: 16, choices: implementationStates.map((state) => implementationStateLabels[state]) },
  { key: 'evidence', header: 'Evidence', width: 60 },
  { key: 'links', header: 'Links (one per line)', width: 45 },
  { key: 'asOf', header: 'As of', width: 12, type: 'date' },
  // The version the row was downloaded at: the upload compares it with the app's, so a change made since is never overwritten.
  { key: 'version', header: 'Downloaded at version (do not edit)', width: 16, isReadOnly: true },
]

export const statusColumnHeaders = Object.fromEntries(statusColumns.map(({ key, header }) => [key, header])) as Record<
  StatusColumnKey,
  string
>

/** The columns an upload needs; the title is only there to read. */
const requiredColumns: StatusColumnKey[] = ['itemCode', 'state', 'evidence', 'links', 'asOf', 'version']

/** One row of the sheet: an item and the delegation's status on it, if any. */
export function statusSheetRow(item: { code: string; title: string }, status: (StatusContent & { version: number }) | null) {
  return {
    itemCode: item.code,
    title: item.title,
    state: status ? implementationStateLabels[status.state] : null,
    evidence: status?.evidence || null,
    links: status?.links.join('\n') || null,
    asOf: status?.asOf ?? null,
    version: status?.version ?? null,
  }
}

export type SheetProblem = { row: number; itemCode: string; column: string; message: string }

/** A row that passed the form's schema: the status it asks for, on top of the version it was downloaded at. */
export type SheetStatus = { row: number; itemCode: string; baseVersion: number | null; content: StatusContent }

export type ReadSheet = { statuses: SheetStatus[]; problems: SheetProblem[] }

type CellText = { text: string; isFormula: boolean }

/** A cell as the text a person typed; a cell the app wrote with a leading quote (./neutralise.ts) as the text before it. */
function cellText(value: ExcelJS.CellValue): CellText {
  if (value === null || value === undefined) return { text: '', isFormula: false }
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), isFormula: false }
  if (typeof value === 'string') return { text: restoreNeutralised(value), isFormula: false }
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value), isFormula: false }
  if ('formula' in value || 'sharedFormula' in value) return { text: '', isFormula: true }
  if ('richText' in value) return { text: restoreNeutralised(value.richText.map(({ text }) => text).join('')), isFormula: false }
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue)
  if ('error' in value) return { text: String(value.error), isFormula: false }
  return { text: '', isFormula: false }
}

const normalHeader = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ')

/** A state as its words ("In progress") or its code ("in_progress"), in any case; anything else as typed, for the schema to refuse. */
function stateValue(text: string): string {
  const wanted = normalHeader(text)
  const state = implementationStates.find((code) => code === wanted || normalHeader(implementationStateLabels[code]) === wanted)
  return state ?? text.trim()
}

const stateList = implementationStates.map((state) => implementationStateLabels[state]).join(', ')

/**
 * An issue's message. A union (a blank date, or a real one) fails as a whole
 * with "Invalid input": the words are in the branch that got past the type check.
 */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'invalid_union') return issue.message
  const branch = issue.errors.find((issues) => issues.length > 0 && issues[0]!.code !== 'invalid_value')
  return branch ? issueMessage(branch[0]!) : issue.message
}

/** The schema's message, said for a spreadsheet where the form's wording would not fit. */
function problemMessage(key: StatusColumnKey, message: string, typed: string): string {
  if (key === 'state') return typed.trim() === '' ? 'Choose a state.' : `“${typed.trim()}” is not a state: choose one of ${stateList}.`
  if (key === 'version') return 'This column must stay as downloaded: download the spreadsheet again and redo the change there.'
  return message
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  // Every .xlsx is a zip: refuse anything else before the parser sees it.
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b
  const book = new ExcelJS.Workbook()
  try {
    if (!isZip) throw new Error('not a zip')
    // exceljs's types predate Node's generic Buffer.
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  } catch {
    throw new AppError('invalid', 'This file is not an Excel workbook (.xlsx). Upload the spreadsheet you downloaded here, saved as .xlsx.')
  }
  return book
}

/**
 * Reads an uploaded workbook: every row that names an item or holds a value,
 * checked with the status form's schema. A row that passes becomes a status;
 * one that does not becomes a problem per column, with the spreadsheet's row
 * number. Comparing with the app (changes, conflicts) is the caller's.
 */
export async function readStatusSheet(bytes: Uint8Array): Promise<ReadSheet> {
  if (bytes.length > MAX_STATUS_FILE_BYTES) {
    throw new AppError('invalid', `This file is over ${MAX_STATUS_FILE_BYTES / 1024 / 1024} MB: it is not the statuses spreadsheet.`)
  }
  const book = await loadWorkbook(bytes)
  const sheet = book.getWorksheet(STATUS_SHEET_NAME) ?? book.worksheets[0]
  const positions = new Map<StatusColumnKey, number>()
  sheet?.getRow(1).eachCell((cell, column) => {
    const column_ = statusColumns.find(({ header }) => normalHeader(header) === normalHeader(cellText(cell.value).text))
    if (column_ && !positions.has(column_.key)) positions.set(column_.key, column)
  })
  const missing = requiredColumns.filter((key) => !positions.has(key))
  if (!sheet || missing.length > 0) {
    throw new AppError(
      'invalid',
      `The first row of this file does not name the columns of the statuses spreadsheet (missing: ${missing.map((key) => statusColumnHeaders[key]).join(', ')}). Download the spreadsheet again and edit that copy.`,
    )
  }
  if (sheet.actualRowCount > MAX_STATUS_ROWS + 1) {
    throw new AppError('invalid', `This file has more than ${MAX_STATUS_ROWS} rows: it is not the statuses spreadsheet.`)
  }

  const result: ReadSheet = { statuses: [], problems: [] }
  const seen = new Map<string, number>()
  sheet.eachRow((sheetRow, row) => {
    if (row === 1) return
    const cells = Object.fromEntries(requiredColumns.map((key) => [key, cellText(sheetRow.getCell(positions.get(key)!).value)])) as Record<
      StatusColumnKey,
      CellText
    >
    const itemCode = cells.itemCode.text.trim()
    const isBlank = (['state', 'evidence', 'links', 'asOf'] as const).every((key) => cells[key].text.trim() === '' && !cells[key].isFormula)
    // An item the delegation has no status on, left blank: nothing to do.
    if (isBlank && cells.version.text.trim() === '') return
    const problem = (key: StatusColumnKey, message: string) =>
      result.problems.push({ row, itemCode, column: statusColumnHeaders[key], message })

    const formulas = requiredColumns.filter((key) => cells[key].isFormula)
    for (const key of formulas) problem(key, 'This cell holds a formula: type the value itself.')
    if (formulas.length > 0) return
    const earlier = seen.get(itemCode)
    if (earlier !== undefined) {
      problem('itemCode', `Item ${itemCode} is also on row ${earlier}: keep one row per item.`)
      return
    }
    if (itemCode !== '') seen.set(itemCode, row)

    const parsed = statusDraftSchema.safeParse({
      itemCode,
      state: stateValue(cells.state.text),
      evidence: cells.evidence.text,
      links: cells.links.text,
      asOf: cells.asOf.text.trim(),
      baseVersion: cells.version.text.trim(),
    })
    if (!parsed.success) {
      const reported = new Set<StatusColumnKey>()
      for (const issue of parsed.error.issues) {
        const key = (issue.path[0] === 'baseVersion' ? 'version' : issue.path[0]) as StatusColumnKey
        if (reported.has(key)) continue
        reported.add(key)
        problem(key, problemMessage(key, issueMessage(issue), cells[key]?.text ?? ''))
      }
      return
    }
    const { itemCode: code, baseVersion, ...content } = parsed.data
    result.statuses.push({ row, itemCode: code, baseVersion, content: { ...content, state: content.state as ImplementationState } })
  })
  return result
}
