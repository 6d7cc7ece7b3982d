/** What a person reads on the dashboards, for specs that check a share reached them (or did not). */
import { expect, type Locator, type Page } from '@playwright/test'

export function coverage(page: Page): Locator {
  return page.getByRole('region', { name: 'Coverage', exact: true })
}

/** What the coverage chart says of an item and a delegation: the words of the cell (its tooltip) beside its tick. */
export function coverageCell(page: Page, itemCode: string, delegation: string): Locator {
  return coverage(page)
    .getByRole('img', { name: /Coverage chart/ })
    .locator('title')
    .filter({ hasText: `${itemCode}, ${delegation}:` })
}

/** The coverage table's cell for an item and a delegation. */
export async function coverageTableCell(page: Page, itemCode: string, delegation: string): Promise<Locator> {
  const table = coverage(page).getByRole('table')
  const headers = await table.getByRole('columnheader').allTextContents()
  const column = headers.findIndex((header) => header === delegation)
  expect(column).toBeGreaterThan(0)
  // The row's first cell is its row header, not counted among its cells.
  return table
    .getByRole('row', { name: new RegExp(itemCode) })
    .getByRole('cell')
    .nth(column - 1)
}

export function convergence(page: Page): Locator {
  return page.getByRole('region', { name: 'Convergence', exact: true })
}

/** The convergence table's row for an item: support, with amendments, neutral, concerns, oppose; the total; the dispersion. */
export function convergenceRow(page: Page, itemCode: string): Locator {
  return convergence(page)
    .getByRole('table')
    .getByRole('row', { name: new RegExp(itemCode) })
}
