import { readFileSync } from 'node:fs'

import { expect, test } from './support/fixtures'

type CatalogueItem = { code: string; title: string; text: string; actors: string[]; clusters: number[]; objectives: number[] }
type Titled = { number: number; title: string }
const catalogue = JSON.parse(readFileSync('prisma/data/catalogue.json', 'utf8')) as { items: CatalogueItem[] }
const { clusters } = JSON.parse(readFileSync('prisma/data/clusters.json', 'utf8')) as { clusters: Titled[] }
const { objectives } = JSON.parse(readFileSync('prisma/data/objectives.json', 'utf8')) as { objectives: Titled[] }

/** An item's words as the search reads them: its title and quote, and its clusters' and objectives' titles. */
function searchedWords(item: CatalogueItem): string {
  const titles = (list: Titled[], numbers: number[]) => numbers.map((number) => list.find((entry) => entry.number === number)?.title)
  return [item.title, item.text, ...titles(clusters, item.clusters), ...titles(objectives, item.objectives)].join(' ')
}

test.describe('the report reader', () => {
  test('shows all 23 paragraphs whole and the 3 footnotes', async ({ page }) => {
    await page.goto('/report')
    for (let number = 1; number <= 23; number += 1) await expect(page.locator(`#p${number}`)).toBeVisible()
    await expect(page.locator('[id^="p"][id$="-heading"]')).toHaveCount(23)
    // Paragraphs broken by page breaks in the source read as one.
    await expect(page.locator('#p9')).toContainText('She acknowledged the remarkable job')
    await expect(page.locator('#p20')).toContainText('deepened the international community')
    for (const number of [1, 2, 3]) await expect(page.locator(`#fn-${number}`)).toBeVisible()
    await expect(page.locator('#fn-3')).toContainText('The health of migrants has not been included')
  })

  test('lists the items drawn from a paragraph, and an anchor opens at it', async ({ page }) => {
    await page.goto('/report#p16')
    const paragraph = page.locator('#p16')
    await expect(paragraph.getByRole('link', { name: /E-16\.01/ })).toBeVisible()
    await paragraph.getByRole('link', { name: /E-16\.03/ }).click()
    await expect(page).toHaveURL(/\/catalogue\/E-16\.03$/)
  })
})

test.describe('the catalogue', () => {
  test('lists every item, with counts', async ({ page }) => {
    await page.goto('/catalogue')
    await expect(page.getByText(`${catalogue.items.length} items`, { exact: true })).toBeVisible()
  })

  test('searching "remittance" lists the items on remittances', async ({ page }) => {
    await page.goto('/catalogue')
    await page.getByLabel('Search items').fill('remittance')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/[?&]q=remittance/)
    const expected = catalogue.items.filter((item) => /remittance/i.test(searchedWords(item)))
    expect(expected.length).toBeGreaterThan(0)
    await expect(page.getByText(`${expected.length} of ${catalogue.items.length} items`)).toBeVisible()
    for (const item of expected) await expect(page.getByRole('link', { name: item.title })).toBeVisible()
  })

  test('searching ignores accents: "Gotz" finds what Götz Schmidt-Bremme said', async ({ page }) => {
    const said = catalogue.items.filter((item) => item.actors.includes('gotz-schmidt-bremme'))
    expect(said.length).toBeGreaterThan(0)
    await page.goto('/catalogue?q=Gotz')
    for (const item of said) await expect(page.getByRole('link', { name: item.title })).toBeVisible()
  })

  test('filtering by cluster 6 lists the working session III items, and the link can be shared', async ({ page, browser }) => {
    await page.goto('/catalogue')
    await page.getByLabel('GCM thematic cluster').selectOption('6')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/[?&]cluster=6/)
    const sessionThree = catalogue.items.filter((item) => item.actors.includes('working-session-iii'))
    expect(sessionThree.length).toBeGreaterThan(0)
    for (const item of sessionThree) await expect(page.getByRole('link', { name: item.title })).toBeVisible()

    // Someone else opening the same address sees the same view.
    const other = await browser.newPage()
    await other.goto(page.url())
    await expect(
      other.getByText(`${catalogue.items.filter((item) => item.clusters.includes(6)).length} of ${catalogue.items.length} items`),
    ).toBeVisible()
    await other.close()
  })

  test('on a phone the filters fold away, saying how many are on, and the results start on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/catalogue?cluster=6')
    const apply = page.getByRole('button', { name: 'Apply filters' })
    await expect(apply).toBeHidden()
    const first = await page.getByRole('article').first().boundingBox()
    expect(first?.y).toBeLessThan(700)

    const disclosure = page.locator('summary').filter({ hasText: 'Filter items' })
    await expect(disclosure).toHaveText(/Filter items\s*\(1 active\)/)
    await disclosure.click()
    await expect(apply).toBeVisible()
    await page.getByLabel('Kind').selectOption('gfmd-recommendation')
    await apply.click()
    await expect(page).toHaveURL(/[?&]kind=/)
    await expect(disclosure).toHaveText(/\(2 active\)/)
  })

  test('on a wide screen the filters are simply there', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto('/catalogue')
    await expect(page.getByRole('button', { name: 'Apply filters' })).toBeVisible()
    await expect(page.getByLabel('Search items')).toBeVisible()
  })

  test('a search without results says so and offers a way back', async ({ page }) => {
    await page.goto('/catalogue?q=zzzqqqxxx')
    await expect(page.getByRole('heading', { name: 'No items match' })).toBeVisible()
    await page
      .getByRole('link', { name: /Clear filters/ })
      .first()
      .click()
    await expect(page.getByText(`${catalogue.items.length} items`, { exact: true })).toBeVisible()
  })
})

test.describe('an item page', () => {
  test('shows the quote, who said it, and the paragraph in context with the quote highlighted', async ({ page }) => {
    await page.goto('/catalogue/E-16.03')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('blockquote')).toContainText('Enhance capacity for managing migration')
    await expect(page.locator('mark')).toContainText('Enhance capacity for managing migration')
    await expect(page.getByRole('link', { name: /Cluster 5/ }).first()).toBeVisible()
    await page.getByRole('link', { name: /Next item/ }).click()
    await expect(page).toHaveURL(/\/catalogue\/E-16\.04$/)
    await page.getByRole('link', { name: /Previous item/ }).click()
    await expect(page).toHaveURL(/\/catalogue\/E-16\.03$/)
  })

  test('an unknown code is a 404 page', async ({ page }) => {
    const response = await page.goto('/catalogue/X-99.99')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible()
  })
})

test.describe('the catalogue API', () => {
  test('lists every current item in the documented shape', async ({ request }) => {
    const response = await request.get('/api/v1/catalogue')
    expect(response.status()).toBe(200)
    const body = (await response.json()) as { items: Record<string, unknown>[]; count: number }
    expect(body.count).toBe(catalogue.items.length)
    expect(Object.keys(body.items[0] ?? {}).sort()).toEqual([
      'actors',
      'clusters',
      'code',
      'kind',
      'objectives',
      'paragraphs',
      'text',
      'title',
    ])
  })

  test('gives one item by code, and 404 for an unknown one', async ({ request }) => {
    const item = await request.get('/api/v1/catalogue/R-21.02')
    expect(item.status()).toBe(200)
    expect(await item.json()).toMatchObject({ code: 'R-21.02', kind: 'gfmd-recommendation', paragraphs: [21] })
    expect((await request.get('/api/v1/catalogue/X-99.99')).status()).toBe(404)
  })
})
