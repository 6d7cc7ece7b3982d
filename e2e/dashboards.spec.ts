/**
 * The dashboards show each person only what they may see: a Germany position
 * shared with the secretariat is in the secretariat's coverage chart and
 * table and in its convergence figures, and reaches a Mexico delegate's only
 * once Germany shares it with all participants. An administrator sets the
 * stocktaking date the dashboards count down to.
 */
import { randomBytes } from 'node:crypto'

import { convergence, convergenceRow, coverage, coverageCell, coverageTableCell } from './support/dashboards'
import { createUser } from './support/db'
import { expect, getJson, hydrated, test } from './support/fixtures'
import { saveDraft, sharePosition } from './support/item-page'

// An item no other spec writes on.
const ITEM = 'E-16.13'
const WEOG = '/dashboards?group=western-european-and-others-group'

type DashboardsJson = { convergence: { items: { code: string; counts: number[] }[] } }

test('a Germany position shared with the secretariat reaches the secretariat’s dashboards, and Mexico’s once shared with all', async ({
  signedInPage,
}) => {
  // Five visits to a large page, each audited by axe after the steps: minutes on a busy machine.
  test.setTimeout(300_000)
  const run = randomBytes(4).toString('hex')
  const germany = await createUser({ role: 'focal_point', delegationCode: 'DEU', name: `Gerda ${run}` })
  const reviewer = await createUser({ role: 'secretariat_reviewer', delegationCode: 'GFMD', name: `Sven Reviewer ${run}` })
  const mexico = await createUser({ role: 'delegate', delegationCode: 'MEX', name: `Marisol ${run}` })

  const germanyPage = await signedInPage(germany, `/catalogue/${ITEM}`)
  await saveDraft(germanyPage, { stance: 'Oppose', rationale: `Germany opposes this ${run}` }, 1)
  await sharePosition(germanyPage, 'Delegation and secretariat', 1)

  const reviewerPage = await signedInPage(reviewer, '/dashboards')
  await test.step('the secretariat finds the dashboards in the header and drills down to the Western European and Others Group', async () => {
    await reviewerPage.getByRole('banner').getByRole('link', { name: 'Dashboards' }).click()
    await coverage(reviewerPage).getByRole('link', { name: 'Western European and Others Group' }).first().click()
    await expect(reviewerPage).toHaveURL(WEOG + '#coverage')
    await expect(coverage(reviewerPage)).toContainText('the delegations of the Western European and Others Group')
  })

  await test.step('the secretariat sees the position in the coverage chart and table, and in convergence', async () => {
    await expect(coverageCell(reviewerPage, ITEM, 'Germany')).toHaveText(`${ITEM}, Germany: shared`)
    await expect(await coverageTableCell(reviewerPage, ITEM, 'Germany')).toHaveText('Shared')
    const chart = convergence(reviewerPage).getByRole('img', { name: /Convergence chart/ })
    await expect(chart.locator('title').filter({ hasText: `${ITEM}:` })).toHaveText([`${ITEM}: Oppose 1 of 1`])
    const row = convergenceRow(reviewerPage, ITEM)
    // Support, with amendments, neutral, concerns, oppose; the total; the dispersion.
    await expect(row.getByRole('cell')).toHaveText(['0', '0', '0', '0', '1', '1', '0.00'])
  })

  const mexicoPage = await signedInPage(mexico, WEOG)
  await test.step('a Mexico delegate sees no trace of it, on the page or in the API', async () => {
    await expect(coverageCell(mexicoPage, ITEM, 'Germany')).toHaveText(`${ITEM}, Germany: not shared`)
    await expect(await coverageTableCell(mexicoPage, ITEM, 'Germany')).toHaveText('–')
    await expect(convergenceRow(mexicoPage, ITEM)).toHaveCount(0)
    const answer = await getJson<DashboardsJson>(mexicoPage, '/api/v1/dashboards')
    expect(answer.convergence.items.map((item) => item.code)).not.toContain(ITEM)
  })

  await sharePosition(germanyPage, 'All participants', 1)
  await test.step('once Germany shares it with all participants, the Mexico delegate sees it too', async () => {
    await mexicoPage.reload()
    await expect(coverageCell(mexicoPage, ITEM, 'Germany')).toHaveText(`${ITEM}, Germany: shared`)
    await expect(await coverageTableCell(mexicoPage, ITEM, 'Germany')).toHaveText('Shared')
    const row = convergenceRow(mexicoPage, ITEM)
    await expect(row.getByRole('cell')).toHaveText(['0', '0', '0', '0', '1', '1', '0.00'])
    const answer = await getJson<DashboardsJson>(mexicoPage, '/api/v1/dashboards')
    expect(answer.convergence.items.find((item) => item.code === ITEM)?.counts).toEqual([0, 0, 0, 0, 1])
  })
})

test('an administrator sets the stocktaking date, and the dashboards count down to it', async ({ signedInPage }) => {
  test.setTimeout(120_000)
  const administrator = await createUser({
    role: 'administrator',
    delegationCode: null,
    name: `Ada Admin ${randomBytes(4).toString('hex')}`,
  })
  const page = await signedInPage(administrator, '/admin')

  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Stocktaking date' }).click()
  const form = await hydrated(page.locator('form').filter({ has: page.getByLabel('Stocktaking date') }))
  await expect(form.getByLabel('Stocktaking date')).toHaveValue('2017-12-04')
  await form.getByLabel('Stocktaking date').fill('2017-12-06')
  await form.getByRole('button', { name: 'Save date' }).click()
  await expect(form.getByRole('status')).toHaveText('The stocktaking date is now 6 December 2017.')

  await page.getByRole('banner').getByRole('link', { name: 'Dashboards' }).click()
  const deadline = page.getByRole('region', { name: 'Deadline' })
  await expect(deadline).toContainText('6 December 2017')
  await expect(deadline).toContainText(/The stocktaking date, 6 December 2017, has passed: it was [\d,]+ days ago\./)

  // Back to the report's date, as the seed left it.
  await page.goto('/admin/stocktaking')
  const again = await hydrated(page.locator('form').filter({ has: page.getByLabel('Stocktaking date') }))
  await again.getByLabel('Stocktaking date').fill('2017-12-04')
  await again.getByRole('button', { name: 'Save date' }).click()
  await expect(again.getByRole('status')).toHaveText('The stocktaking date is now 4 December 2017.')
})
