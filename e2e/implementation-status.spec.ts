/**
 * A delegation records what it already does about an item (its implementation
 * status) and shares it as it shares a position: others see only the version
 * shared, never a later draft, and a forged form field cannot write into
 * another delegation's status.
 */
import { randomBytes } from 'node:crypto'

import type { Locator, Page } from '@playwright/test'

import { createUser, findStoredStatus, getDelegationId } from './support/db'
import { expect, getJson, hydrated, test } from './support/fixtures'
import { addHiddenFields } from './support/item-page'

// An item no other spec writes on, so parallel specs never meet on it.
const ITEM = 'F-14.01'

function ownStatus(page: Page): Locator {
  return page.getByRole('region', { name: 'Your delegation’s implementation status' })
}

function sharedStatuses(page: Page): Locator {
  return page.getByRole('region', { name: 'Shared implementation statuses' })
}

async function statusForm(page: Page): Promise<Locator> {
  return hydrated(
    ownStatus(page)
      .locator('form')
      .filter({ has: page.getByRole('button', { name: 'Save status' }) }),
  )
}

type StatusInput = { state?: string; evidence: string; links?: string; asOf?: string }

async function fillStatus(page: Page, status: StatusInput) {
  const form = await statusForm(page)
  if (status.state) await form.getByLabel('State', { exact: true }).selectOption({ label: status.state })
  if (status.asOf !== undefined) await form.getByLabel('As of (optional)').fill(status.asOf)
  await form.getByLabel('Evidence', { exact: true }).fill(status.evidence)
  if (status.links !== undefined) await form.getByLabel('Links (optional)').fill(status.links)
}

async function saveStatus(page: Page, status: StatusInput, expectedVersion: number) {
  await fillStatus(page, status)
  await ownStatus(page).getByRole('button', { name: 'Save status' }).click()
  await expect(ownStatus(page).getByRole('status')).toHaveText(`Status saved as version ${expectedVersion}.`)
}

type SharedStatusJson = { itemCode: string; delegation: { code: string }; version: number; evidence: string; links: string[]; asOf: string }

test('a German delegate records an implementation status, the focal point shares it, and Mexico sees only the shared version', async ({
  signedInPage,
}) => {
  // Three people sign in (argon2 each) and walk through several pages.
  test.setTimeout(150_000)
  const run = randomBytes(6).toString('hex')
  const evidence = `Bundestag bill on labour migration, first reading ${run}`
  const link = `https://example.org/bills/${run}`
  const later = `DE-STATUS-LATER-${run}`
  const mexicoText = `MX-STATUS-${run}`
  const germanDelegate = await createUser({ role: 'delegate', delegationCode: 'DEU', name: `Dora Delegate ${run}` })
  const germanFocalPoint = await createUser({ role: 'focal_point', delegationCode: 'DEU', name: `Fritz Focal ${run}` })
  const mexicanDelegate = await createUser({ role: 'delegate', delegationCode: 'MEX', name: `Mateo Delegado ${run}` })
  const itemPath = `/catalogue/${ITEM}`

  const germany = await test.step('the German delegate records “In progress” with evidence, a link and an as-of date', async () => {
    const page = await signedInPage(germanDelegate, itemPath)
    await expect(ownStatus(page)).toContainText('No status yet.')
    await saveStatus(page, { state: 'In progress', evidence, links: link, asOf: '2017-11-30' }, 1)
    await expect(ownStatus(page)).toContainText(`Version 1, saved by ${germanDelegate.name} on`)
    await expect(ownStatus(page)).toContainText('Not shared: only Germany sees this implementation status.')
    await page.goto('/delegation')
    const row = page.getByRole('row').filter({ hasText: ITEM })
    await expect(row).toContainText('In progress')
    await expect(row).toContainText('No position')
    return page
  })

  await test.step('the focal point shares it with all participants', async () => {
    const page = await signedInPage(germanFocalPoint, itemPath)
    const panel = ownStatus(page)
    await expect(panel).toContainText(`Version 1, saved by ${germanDelegate.name} on`)
    await expect(panel.getByLabel('Evidence', { exact: true })).toHaveValue(evidence)
    await expect(panel.getByLabel('As of (optional)')).toHaveValue('2017-11-30')
    const form = await hydrated(panel.locator('form').filter({ has: page.getByLabel('Share with') }))
    await form.getByLabel('Share with').selectOption({ label: 'All participants' })
    await form.getByRole('button', { name: 'Share version 1' }).click()
    await expect(form.getByRole('status')).toHaveText('Version 1 shared with all participants.')
    const history = panel.getByRole('list', { name: 'Share history' })
    await expect(history).toContainText(`Version 1 shared with all participants by ${germanFocalPoint.name} on`)
    await expect(history).toContainText('Current')
    await page.reload()
    await expect(ownStatus(page)).toContainText('Version 1 shared')
  })

  await test.step('the German delegate edits the status again, without sharing', async () => {
    await germany.goto(itemPath)
    await saveStatus(germany, { state: 'Implemented', evidence: later, links: '' }, 2)
  })

  const mexico = await test.step('Mexico sees the shared version, with a safe link, and not the later edit', async () => {
    const page = await signedInPage(mexicanDelegate, itemPath)
    const shared = sharedStatuses(page).getByRole('article', { name: 'Germany' })
    await expect(shared).toContainText(evidence)
    await expect(shared).toContainText('In progress')
    await expect(shared).toContainText('as of 30 November 2017')
    await expect(shared).toContainText('Visible to: All participants.')
    const anchor = shared.getByRole('link', { name: link })
    await expect(anchor).toHaveAttribute('href', link)
    await expect(anchor).toHaveAttribute('rel', 'noopener noreferrer nofollow')
    await expect(page.getByRole('main')).not.toContainText(later)

    for (const path of [
      itemPath,
      '/delegation',
      `/api/v1/statuses?item=${ITEM}`,
      '/api/v1/statuses',
      '/api/v1/delegations/DEU/positions',
    ]) {
      const body = await page.request.get(path).then((response) => response.text())
      expect(body, `${path} must not contain the later draft`).not.toContain(later)
    }
    const statuses = await getJson<{ drafts: unknown[]; shared: SharedStatusJson[] }>(page, `/api/v1/statuses?item=${ITEM}`)
    expect(statuses.drafts).toEqual([])
    expect(
      statuses.shared.map(({ delegation, version, evidence: text, links, asOf }) => ({
        delegation: delegation.code,
        version,
        text,
        links,
        asOf,
      })),
    ).toEqual([{ delegation: 'DEU', version: 1, text: evidence, links: [link], asOf: '2017-11-30' }])
    const germanyInputs = await getJson<{ statuses: { drafts: unknown[]; shares: SharedStatusJson[] } }>(
      page,
      '/api/v1/delegations/DEU/positions',
    )
    expect(germanyInputs.statuses.drafts).toEqual([])
    expect(germanyInputs.statuses.shares.filter((share) => share.itemCode === ITEM).map((share) => share.version)).toEqual([1])
    return page
  })

  await test.step('a forged delegation field changes nothing but Mexico’s own status', async () => {
    const germanyId = await getDelegationId('DEU')
    await fillStatus(mexico, { state: 'Planned', evidence: mexicoText })
    await addHiddenFields(await statusForm(mexico), { delegationCode: 'DEU', delegationId: germanyId, delegation: 'DEU' })
    await ownStatus(mexico).getByRole('button', { name: 'Save status' }).click()
    await expect(ownStatus(mexico).getByRole('status')).toHaveText('Status saved as version 1.')
    expect(await findStoredStatus('MEX', ITEM)).toMatchObject({ evidence: mexicoText, version: 1 })
    expect(await findStoredStatus('DEU', ITEM)).toMatchObject({ evidence: later, links: [], version: 2 })
  })
})
