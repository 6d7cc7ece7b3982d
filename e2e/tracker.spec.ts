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
