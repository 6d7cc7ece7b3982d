/**
 * A delegation's stocktaking submission, as its focal point makes it: submit
 * version 1, change a position, and version 1 still downloads the same bytes
 * in every format,
 * whose SHA-256 is the receipt; version 2 holds the change, and the page says
 * what changed. The secretariat reads both versions; another delegation
 * reads neither, and nobody but the secretariat gets the consolidated file.
 */
import { createHash, randomBytes } from 'node:crypto'

import type { Page } from '@playwright/test'

import { createSharedPosition, createUser } from './support/db'
import { expect, hydrated, test } from './support/fixtures'
import { saveDraft, sharePosition } from './support/item-page'

// A delegation and an item no other spec writes on.
const DELEGATION = 'AUT'
const ITEM = 'E-23.04'

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

async function download(page: Page, path: string): Promise<Buffer> {
  const response = await page.request.get(path)
  expect(response.status(), path).toBe(200)
  return response.body()
}

test('an Austrian focal point submits two versions; the first stays as it was sent', async ({ signedInPage }) => {
  test.setTimeout(120_000)
  const run = randomBytes(4).toString('hex')
  await createSharedPosition(DELEGATION, ITEM, {
    stance: 'support',
    rationale: `Austria supports this ${run}`,
    proposedWording: null,
    visibility: 'delegation_and_secretariat',
  })
  const focalPoint = await createUser({ role: 'focal_point', delegationCode: DELEGATION, name: `Anna ${run}` })
  const page = await signedInPage(focalPoint, '/delegation')

  let receipt = ''
  let firstVersionHref = ''
  const firstVersionFiles = new Map<string, Buffer>()
  await test.step('the tracker leads to the submission, which holds the shared position', async () => {
    await page.getByRole('link', { name: 'Stocktaking submission' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Stocktaking submission' })).toBeVisible()
    const now = page.getByRole('region', { name: 'What the submission holds now' })
    await expect(now).toContainText('1 item: 1 position, 0 implementation statuses and 0 chosen comments.')
    await expect(now).toContainText(ITEM)
  })

  await test.step('submitting freezes version 1, with its SHA-256 as the receipt', async () => {
    const form = await hydrated(page.getByRole('region', { name: 'Submit' }).locator('form'))
    await form.getByRole('button', { name: 'Submit version 1' }).click()
    const status = form.getByRole('status')
    await expect(status).toHaveText(/^Version 1 submitted\. Its SHA-256 is [0-9a-f]{64}\.$/)
    await expect(status).toBeFocused()
    receipt = (await status.textContent())!.match(/[0-9a-f]{64}/)![0]
    const versions = page.getByRole('region', { name: 'Submitted versions' })
    await expect(versions.getByRole('row', { name: new RegExp(receipt) })).toContainText(`by Anna ${run}`)
    firstVersionHref = (await versions.getByRole('link', { name: 'JSON of version 1' }).getAttribute('href'))!
    for (const format of ['Word', 'PDF', 'Excel', 'CSV', 'JSON']) {
      const href = (await versions.getByRole('link', { name: `${format} of version 1` }).getAttribute('href'))!
      firstVersionFiles.set(href, await download(page, href))
    }
  })

  const first = await download(page, firstVersionHref)
  await test.step('the JSON of version 1 is what its receipt names, and holds the shared position', async () => {
    expect(sha256(first)).toBe(receipt)
    const content = JSON.parse(first.toString('utf8'))
    expect(content).toMatchObject({
      schema: 'gfmd-gcm-stocktaking-submission',
      schemaVersion: 1,
      version: 1,
      delegation: { code: DELEGATION },
    })
    const items = content.clusters.flatMap((cluster: { items: { code: string }[] }) => cluster.items)
    expect(items).toEqual([
      expect.objectContaining({ code: ITEM, position: expect.objectContaining({ rationale: `Austria supports this ${run}` }) }),
    ])
  })

  await test.step('after a change, version 1 downloads the same bytes, and version 2 holds the change', async () => {
    await page.goto(`/catalogue/${ITEM}`)
    await saveDraft(page, { rationale: `Austria supports this fully ${run}` }, 2)
    await sharePosition(page, 'Delegation and secretariat', 2)
    for (const [href, bytes] of firstVersionFiles) expect(Buffer.compare(await download(page, href), bytes), href).toBe(0)

    await page.goto('/delegation/submission')
    const form = await hydrated(page.getByRole('region', { name: 'Submit' }).locator('form'))
    await form.getByRole('button', { name: 'Submit version 2' }).click()
    await expect(form.getByRole('status')).toHaveText(/^Version 2 submitted\./)
  })

  await test.step('the page says what changed between the two versions, item by item', async () => {
    const comparison = page.getByRole('form', { name: 'Compare versions' })
    await comparison.getByLabel('From').selectOption({ label: 'Version 1' })
    await comparison.getByLabel('To').selectOption({ label: 'Version 2' })
    await comparison.getByRole('button', { name: 'Compare' }).click()
    const changes = page.getByRole('list', { name: 'Changes from version 1 to version 2' })
    await expect(changes.getByRole('listitem')).toHaveCount(1)
    await expect(changes).toContainText(`${ITEM}`)
    await expect(changes.locator('del')).toContainText(`Austria supports this ${run}`)
    await expect(changes.locator('ins')).toContainText(`Austria supports this fully ${run}`)
  })

  await test.step('the secretariat reads both versions; another delegation reads neither, nor the consolidated file', async () => {
    const reviewer = await createUser({ role: 'secretariat_reviewer', delegationCode: 'GFMD', name: `Selma ${run}` })
    const secretariat = await signedInPage(reviewer, '/submissions')
    const rows = secretariat.getByRole('region', { name: 'Submitted versions' }).getByRole('row').filter({ hasText: 'Austria' })
    await expect(rows).toHaveCount(2)
    expect(Buffer.compare(await download(secretariat, firstVersionHref), first)).toBe(0)
    const consolidated = JSON.parse((await download(secretariat, '/api/v1/consolidated?format=json')).toString('utf8'))
    expect(consolidated.items.find((item: { code: string }) => item.code === ITEM).stances).toContainEqual(
      expect.objectContaining({ stance: 'support', delegations: expect.arrayContaining(['Austria']) }),
    )

    const mexican = await createUser({ role: 'focal_point', delegationCode: 'MEX', name: `Mateo ${run}` })
    const mexico = await signedInPage(mexican, '/delegation/submission')
    expect((await mexico.request.get(firstVersionHref)).status()).toBe(404)
    expect((await mexico.request.get('/api/v1/consolidated?format=json')).status()).toBe(403)
    await expect(mexico.getByRole('main')).not.toContainText('Austria')
  })
})
