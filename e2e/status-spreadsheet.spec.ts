/**
 * A focal point downloads the delegation's implementation statuses as .xlsx,
 * edits them in "Excel" (exceljs here), and uploads the file back: the
 * preview names the changes, the bad rows by row and column, and the row
 * whose item was saved in the app after the download; confirming saves only
 * the good rows.
 */
import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'

import ExcelJS from 'exceljs'
import type { Locator, Page } from '@playwright/test'

import { createStatusDraft, createUser, findStoredStatus } from './support/db'
import { expect, hydrated, test } from './support/fixtures'

// Portugal: a delegation no other spec writes in, so the whole sheet is this spec's.
const DELEGATION = 'PRT'
const CHANGED = 'E-16.01'
const UNKNOWN_STATE = 'E-16.02'
const IMPOSSIBLE_DATE = 'E-16.03'
const SAVED_IN_APP = 'E-16.04'
const NEW_STATUS = 'R-19.01'

function table(page: Page, name: string): Locator {
  return page.getByRole('region', { name }).getByRole('table')
}

/** The table's body rows, each as the texts of its cells. */
async function bodyRows(page: Page, name: string): Promise<string[][]> {
  return table(page, name)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())))
}

test('a focal point edits the statuses in a spreadsheet: the preview names the bad rows and the conflict, and only good rows are saved', async ({
  signedInPage,
}, testInfo) => {
  test.setTimeout(120_000)
  const run = randomBytes(6).toString('hex')
  const focalPoint = await createUser({ role: 'focal_point', delegationCode: DELEGATION, name: `Inês Focal ${run}` })
  for (const itemCode of [CHANGED, UNKNOWN_STATE, IMPOSSIBLE_DATE, SAVED_IN_APP]) {
    await createStatusDraft(focalPoint.email, itemCode, { state: 'in_progress', evidence: `Lei ${itemCode} ${run}`, asOf: '2017-10-01' })
  }
  const page = await signedInPage(focalPoint, '/delegation')

  const downloaded = await test.step('downloads the statuses from the page the tracker links to', async () => {
    await page.getByRole('link', { name: 'Statuses in a spreadsheet' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Implementation statuses in a spreadsheet')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download statuses (.xlsx)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(new RegExp(`^implementation-statuses-${DELEGATION}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`))
    const path = testInfo.outputPath('downloaded.xlsx')
    await download.saveAs(path)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await readFile(path)) as unknown as ArrayBuffer)
    return book
  })

  const sheet = downloaded.getWorksheet('Implementation statuses')!
  const headers = new Map<string, number>()
  sheet.getRow(1).eachCell((cell, column) => headers.set(String(cell.value), column))
  const rowOf = new Map<string, number>()
  sheet.eachRow((row, number) => rowOf.set(String(row.getCell(headers.get('Item code')!).value), number))
  const cell = (itemCode: string, header: string) => sheet.getRow(rowOf.get(itemCode)!).getCell(headers.get(header)!)

  await test.step('the file holds the statuses as recorded, with their version', async () => {
    expect(cell(CHANGED, 'State').value).toBe('In progress')
    expect(cell(CHANGED, 'Evidence').value).toBe(`Lei ${CHANGED} ${run}`)
    expect(cell(CHANGED, 'As of').value).toEqual(new Date('2017-10-01T00:00:00.000Z'))
    expect(cell(CHANGED, 'Downloaded at version (do not edit)').value).toBe(1)
    expect(cell(NEW_STATUS, 'State').value).toBeNull()
  })

  await test.step('someone saves one of the statuses in the app after the download', async () => {
    await page.goto(`/catalogue/${SAVED_IN_APP}`)
    const panel = page.getByRole('region', { name: 'Your delegation’s implementation status' })
    const form = await hydrated(panel.locator('form').filter({ has: page.getByRole('button', { name: 'Save status' }) }))
    await form.getByLabel('Evidence', { exact: true }).fill(`Saved in the app ${run}`)
    await form.getByRole('button', { name: 'Save status' }).click()
    await expect(panel.getByRole('status')).toHaveText('Status saved as version 2.')
  })

  const edited = testInfo.outputPath('edited.xlsx')
  await test.step('the focal point edits the file: two good changes, two mistakes, and the status saved meanwhile', async () => {
    cell(CHANGED, 'State').value = 'Implemented'
    cell(CHANGED, 'As of').value = new Date('2017-11-30T00:00:00.000Z')
    cell(UNKNOWN_STATE, 'State').value = 'Done'
    cell(IMPOSSIBLE_DATE, 'As of').value = '2017-02-30'
    cell(SAVED_IN_APP, 'Evidence').value = `Edited in Excel ${run}`
    cell(NEW_STATUS, 'State').value = 'Planned'
    cell(NEW_STATUS, 'Evidence').value = `Programa Götz ${run}`
    await writeFile(edited, Buffer.from(await downloaded.xlsx.writeBuffer()))
  })

  await test.step('a file that is not a workbook is refused with a clear message', async () => {
    await page.goto('/delegation/statuses')
    const form = await hydrated(page.locator('form').filter({ has: page.getByRole('button', { name: 'Preview changes' }) }))
    await form
      .getByLabel('Edited spreadsheet (.xlsx)')
      .setInputFiles({ name: 'statuses.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n') })
    await form.getByRole('button', { name: 'Preview changes' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'This file is not an Excel workbook (.xlsx).' })).toBeFocused()
  })

  await test.step('the preview names exactly the changes, the bad rows and the conflict, and saves nothing', async () => {
    await page.getByLabel('Edited spreadsheet (.xlsx)').setInputFiles(edited)
    await page.getByRole('button', { name: 'Preview changes' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'nothing is saved yet' })).toBeFocused()
    await expect(page.getByText('In this file: 2 changes to save, 2 rows with problems, 1 conflict,')).toBeVisible()

    const changes = await bodyRows(page, 'Changes to save')
    expect(changes.map(([row, item]) => [row, item?.slice(0, 7)])).toEqual([
      [String(rowOf.get(CHANGED)), CHANGED],
      [String(rowOf.get(NEW_STATUS)), NEW_STATUS],
    ])
    expect(changes[0]![2]).toMatch(/State\s*In progress\s*→\s*becomes\s*Implemented\s*As of\s*2017-10-01\s*→\s*becomes\s*2017-11-30/)
    expect(changes[1]![2]).toContain(`Programa Götz ${run}`)

    const problems = await bodyRows(page, 'Rows with problems')
    expect(problems).toEqual([
      [String(rowOf.get(UNKNOWN_STATE)), UNKNOWN_STATE, 'State', expect.stringContaining('“Done” is not a state')],
      [String(rowOf.get(IMPOSSIBLE_DATE)), IMPOSSIBLE_DATE, 'As of', 'This date does not exist.'],
    ])

    const conflicts = await bodyRows(page, 'Changed in the app since your download')
    expect(conflicts).toEqual([
      [
        String(rowOf.get(SAVED_IN_APP)),
        expect.stringContaining(SAVED_IN_APP),
        '1',
        expect.stringContaining(`Version 2, saved by ${focalPoint.name}`),
      ],
    ])

    expect(await findStoredStatus(DELEGATION, CHANGED)).toMatchObject({ state: 'in_progress', version: 1 })
    expect(await findStoredStatus(DELEGATION, NEW_STATUS)).toBeNull()
  })

  await test.step('confirming with the keyboard saves only the two good rows', async () => {
    const confirm = await hydrated(page.getByRole('button', { name: 'Save these 2 changes' }))
    await confirm.focus()
    await page.keyboard.press('Enter')
    const saved = page.getByRole('status').filter({ hasText: 'Saved 2 statuses' })
    await expect(saved).toHaveText(`Saved 2 statuses: ${CHANGED} (version 2), ${NEW_STATUS} (version 1).`)
    await expect(saved).toBeFocused()

    expect(await findStoredStatus(DELEGATION, CHANGED)).toMatchObject({
      state: 'implemented',
      asOf: new Date('2017-11-30T00:00:00.000Z'),
      version: 2,
    })
    expect(await findStoredStatus(DELEGATION, NEW_STATUS)).toMatchObject({ state: 'planned', evidence: `Programa Götz ${run}`, version: 1 })
    expect(await findStoredStatus(DELEGATION, UNKNOWN_STATE)).toMatchObject({ state: 'in_progress', version: 1 })
    expect(await findStoredStatus(DELEGATION, IMPOSSIBLE_DATE)).toMatchObject({ asOf: new Date('2017-10-01T00:00:00.000Z'), version: 1 })
    expect(await findStoredStatus(DELEGATION, SAVED_IN_APP)).toMatchObject({ evidence: `Saved in the app ${run}`, version: 2 })
  })

  await test.step('the tracker shows the saved states', async () => {
    await page.goto('/delegation')
    await expect(page.getByRole('row').filter({ hasText: CHANGED })).toContainText('Implemented')
    await expect(page.getByRole('row').filter({ hasText: NEW_STATUS })).toContainText('Planned')
  })
})
