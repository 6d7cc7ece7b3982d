/**
 * A focal point works through the delegation's tracker with the keyboard:
 * filters to a cluster, selects items, sets their implementation status and
 * shares their drafts in bulk, and sees the progress change. Another
 * delegation's tracker shows none of it.
 */
import { randomBytes } from 'node:crypto'

import type { Locator, Page } from '@playwright/test'

import { createPositionDraft, createUser } from './support/db'
import { expect, hydrated, test } from './support/fixtures'

// Cluster 6 items no other spec writes on, so parallel specs never change these counts.
const FIRST = 'E-16.02'
const SECOND = 'E-16.07'

function clusterSix(page: Page): Locator {
  return page.getByRole('listitem', { name: 'Cluster 6' })
}

async function countIn(locator: Locator, pattern: RegExp): Promise<number> {
  const match = pattern.exec((await locator.textContent()) ?? '')
  expect(match, `${pattern} in the progress`).not.toBeNull()
  return Number(match?.[1])
}

test('a German focal point filters to cluster 6, sets a status and shares drafts in bulk; Mexico sees none of it', async ({
  signedInPage,
}) => {
  // Two people sign in (argon2 each) and the focal point runs several actions.
  test.setTimeout(120_000)
  const run = randomBytes(6).toString('hex')
  const rationale = `DE-TRACKER-${run}`
  const focalPoint = await createUser({ role: 'focal_point', delegationCode: 'DEU', name: `Frieda Focal ${run}` })
  const mexican = await createUser({ role: 'delegate', delegationCode: 'MEX', name: `Marta Delegada ${run}` })
  await createPositionDraft(focalPoint.email, FIRST, rationale)
  await createPositionDraft(focalPoint.email, SECOND, rationale)

  const page = await signedInPage(focalPoint, '/delegation')

  await test.step('filter to cluster 6 with the filter form', async () => {
    await page.getByLabel('Cluster', { exact: true }).selectOption({ label: 'Cluster 6' })
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/[?&]cluster=6/)
    await expect(page.getByRole('heading', { name: /items match$/ })).toHaveText(/^12 of \d+ items match$/)
    await expect(page.getByRole('row').filter({ hasText: 'E-13.01' })).toHaveCount(0)
  })

  const statusesBefore = await countIn(clusterSix(page), /(\d+) of 12 have an implementation status/)
  const sharedBefore = await countIn(clusterSix(page), /of 12 have a position, (\d+) shared/)

  await test.step('select two items with Tab and Space', async () => {
    await hydrated(page.getByRole('checkbox', { name: `Select ${FIRST}` }))
    await page.getByRole('checkbox', { name: `Select ${FIRST}` }).focus()
    await page.keyboard.press('Space')
    await expect(page.getByRole('checkbox', { name: `Select ${FIRST}` })).toBeChecked()
    // The row's item link, then the next row's checkbox.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('checkbox', { name: `Select ${SECOND}` })).toBeFocused()
    await page.keyboard.press('Space')
    await expect(page.getByRole('checkbox', { name: `Select ${SECOND}` })).toBeChecked()
    await expect(page.getByRole('region', { name: 'Bulk actions' })).toContainText('2 items selected')
  })

  const bulk = page.getByRole('region', { name: 'Bulk actions' })

  await test.step('set their status to “Planned” and see the progress change', async () => {
    await bulk.getByLabel('Implementation status').selectOption({ label: 'Planned' })
    await bulk.getByRole('button', { name: 'Set status' }).click()
    await expect(bulk.getByRole('status').first()).toHaveText('“Planned” set on 2 items.')
    await expect(clusterSix(page)).toContainText(`${statusesBefore + 2} of 12 have an implementation status`)
    for (const code of [FIRST, SECOND]) await expect(page.getByRole('row').filter({ hasText: code })).toContainText('Planned')
  })

  await test.step('the selection stays; share both drafts with all participants', async () => {
    await expect(page.getByRole('checkbox', { name: `Select ${FIRST}` })).toBeChecked()
    await bulk.getByLabel('Share position drafts with').selectOption({ label: 'All participants' })
    await bulk.getByRole('button', { name: 'Share drafts' }).click()
    await expect(bulk.getByRole('status').nth(1)).toHaveText('Shared 2 items with all participants.')
    await expect(clusterSix(page)).toContainText(`have a position, ${sharedBefore + 2} shared`)
    await expect(page.getByRole('row').filter({ hasText: FIRST })).toContainText('All participants')
  })

  await test.step('a Mexican delegate’s tracker lists no German data', async () => {
    const mexico = await signedInPage(mexican, '/delegation')
    await expect(mexico.getByRole('heading', { level: 1 })).toHaveText('Mexico')
    for (const code of [FIRST, SECOND]) {
      const row = mexico.getByRole('row').filter({ hasText: code })
      await expect(row).toContainText('No position')
      await expect(row).toContainText('No status')
    }
    await expect(mexico.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Share drafts' })).toHaveCount(0)
    const body = await mexico.request.get('/delegation?cluster=6').then((response) => response.text())
    expect(body).not.toContain(rationale)
    expect(body).not.toContain(focalPoint.name)
  })
})

// Norway's tracker: no other spec writes for Norway, so its rows are this file's alone.
const NORWAY = 'NOR'

test('a Norwegian focal point sorts the tracker by stance with the keyboard, and back; each row says who edited it last', async ({
  signedInPage,
}) => {
  // Three visits to a page of 75 rows, each checked with axe afterwards.
  test.setTimeout(90_000)
  const run = randomBytes(6).toString('hex')
  const focalPoint = await createUser({ role: 'focal_point', delegationCode: NORWAY, name: `Nora Fokus ${run}` })
  // In the report's order: P-01.02, E-13.01, R-19.01.
  await createPositionDraft(focalPoint.email, 'P-01.02', `NO-${run}`, 'oppose')
  await createPositionDraft(focalPoint.email, 'E-13.01', `NO-${run}`, 'support')
  await createPositionDraft(focalPoint.email, 'R-19.01', `NO-${run}`, 'neutral')

  const page = await signedInPage(focalPoint, '/delegation')
  const items = page.getByRole('region', { name: 'Items' })
  const firstCodes = async () => (await items.getByRole('rowheader').allTextContents()).slice(0, 3).map((text) => text.slice(0, 7))
  const stanceHeader = items.getByRole('columnheader', { name: /^Stance/ })

  await expect.poll(firstCodes).toEqual(['P-01.01', 'P-01.02', 'P-01.03'])
  await expect(items.getByRole('row').filter({ hasText: 'P-01.02' })).toContainText(focalPoint.name)

  await test.step('sort by stance: support first, opposition last of the positions', async () => {
    await stanceHeader.getByRole('link').focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\?sort=position&dir=asc$/)
    await expect(stanceHeader).toHaveAttribute('aria-sort', 'ascending')
    await expect.poll(firstCodes).toEqual(['E-13.01', 'R-19.01', 'P-01.02'])
  })

  await test.step('the same header again sorts the other way; the item header goes back to the report’s order', async () => {
    await expect(stanceHeader.getByRole('link')).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\?sort=position&dir=desc$/)
    await expect(stanceHeader).toHaveAttribute('aria-sort', 'descending')
    await expect.poll(firstCodes).toEqual(['P-01.02', 'R-19.01', 'E-13.01'])
    await items.getByRole('columnheader', { name: /^Item/ }).getByRole('link').click()
    await expect(page).toHaveURL(/\/delegation$/)
    await expect.poll(firstCodes).toEqual(['P-01.01', 'P-01.02', 'P-01.03'])
  })
})

test('on a phone the tracker is a list of cards, every stance in view and nothing wider than the screen', async ({ signedInPage }) => {
  test.setTimeout(90_000)
  const run = randomBytes(6).toString('hex')
  // Denmark's, so the Norwegian sort above never sees this card's position.
  const delegate = await createUser({ role: 'delegate', delegationCode: 'DNK', name: `Nils Delegat ${run}` })
  await createPositionDraft(delegate.email, 'E-16.13', `NO-PHONE-${run}`, 'support_with_amendments')

  const page = await signedInPage(delegate, '/delegation')
  await page.setViewportSize({ width: 390, height: 844 })
  const card = page.getByRole('list', { name: 'Items' }).getByRole('listitem').filter({ hasText: 'E-16.13' })
  const stance = card.getByText('Support with amendments')
  await expect(stance).toBeVisible()
  const box = await stance.boundingBox()
  expect(box && box.x + box.width).toBeLessThanOrEqual(390)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

  await page
    .getByRole('navigation', { name: 'Sort items' })
    .getByRole('link', { name: /^Stance/ })
    .click()
  await expect(page).toHaveURL(/\?sort=position&dir=asc$/)
  await expect(page.getByRole('list', { name: 'Items' }).getByRole('listitem').first()).toContainText('E-16.13')
})
