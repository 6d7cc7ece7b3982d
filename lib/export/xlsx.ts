/**
 * A workbook as .xlsx (exceljs): per sheet a bold, frozen header row, column
 * widths, wrapped text; date columns as real dates, choice columns as
 * drop-down lists, read-only columns locked. The same workbook always renders
 * to the same bytes: the file's properties and every zip entry carry
 * workbook.date, never the clock.
 */
import ExcelJS from 'exceljs'
import JSZip from 'jszip'

import { neutraliseCell } from './neutralise'
import type { Cell, Column, ExportWorkbook, Sheet } from './table'
import { withSafeText, xmlSafeText } from './safe-text'

const DEFAULT_WIDTH = 20
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A YYYY-MM-DD day as the date cell Excel shows as that day (exceljs writes Dates as UTC). */
function dateCell(value: Cell): Date | Cell {
  return typeof value === 'string' && DAY.test(value) ? new Date(`${value}T00:00:00.000Z`) : neutraliseCell(value)
}

/** workbook.date as a Date: a day or a full timestamp. */
function workbookDate(date: string): Date {
  const parsed = new Date(DAY.test(date) ? `${date}T00:00:00.000Z` : date)
  if (Number.isNaN(parsed.getTime())) throw new Error(`The workbook's date "${date}" is not a date.`)
  return parsed
}

async function addSheet(workbook: ExcelJS.Workbook, sheet: Sheet) {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] })
  const hasReadOnly = sheet.columns.some(({ isReadOnly }) => isReadOnly)
  worksheet.columns = sheet.columns.map((column: Column) => ({
    key: column.key,
    header: neutraliseCell(column.header),
    width: column.width ?? DEFAULT_WIDTH,
    style: {
      alignment: { wrapText: true, vertical: 'top' },
      ...(column.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : {}),
      ...(hasReadOnly ? { protection: { locked: column.isReadOnly === true } } : {}),
    },
  }))
  for (const row of sheet.rows) {
    worksheet.addRow(
      Object.fromEntries(
        sheet.columns.map(({ key, type }) => {
          const value = row[key] ?? null
          return [key, type === 'date' ? dateCell(value) : neutraliseCell(value)]
        }),
      ),
    )
  }
  const header = worksheet.getRow(1)
  header.font = { bold: true }
  header.alignment = { wrapText: true, vertical: 'top' }
  sheet.columns.forEach((column, index) => {
    if (column.isReadOnly) header.getCell(index + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } }
    if (!column.choices) return
    // A list of quoted words: Excel's own limit is 255 characters, and no choice may hold a comma.
    const list = `"${column.choices.join(',')}"`
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [list],
      showErrorMessage: true,
      errorTitle: column.header,
      error: `Choose one of: ${column.choices.join(', ')}.`,
    }
    // Every body cell, blank ones too (eachCell would skip them): a blank state is filled from the list.
    for (let row = 2; row <= sheet.rows.length + 1; row++) worksheet.getCell(row, index + 1).dataValidation = validation
  })
  if (hasReadOnly) {
    // The header names the columns a file is read back by: locked like the read-only ones.
    header.eachCell((cell) => {
      cell.protection = { locked: true }
    })
    // Without a password: it says "do not edit here", it does not lock anyone out.
    await worksheet.protect('', { formatColumns: true, formatRows: true, selectLockedCells: true, selectUnlockedCells: true })
  }
}

export async function renderXlsx(model: ExportWorkbook): Promise<Buffer> {
  const workbook = withSafeText(model, xmlSafeText)
  const date = workbookDate(workbook.date)
  const book = new ExcelJS.Workbook()
  book.title = workbook.title
  book.creator = 'GFMD stocktaking workspace'
  book.lastModifiedBy = 'GFMD stocktaking workspace'
  book.created = date
  book.modified = date
  for (const sheet of workbook.sheets) await addSheet(book, sheet)
  const written = await book.xlsx.writeBuffer()
  // exceljs dates every zip entry with the clock; re-zipped with workbook.date, the bytes depend on the workbook alone.
  const zip = await JSZip.loadAsync(written)
  zip.forEach((_path, entry) => {
    entry.date = date
  })
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
