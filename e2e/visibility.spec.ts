/**
 * The trust test: a delegation's draft position is its own until its focal
 * point shares it, and then others see only the version shared, at the level
 * it was shared with. Checked by someone who must not see it, through every
 * way in: page, URL, search, API, and a forged form field.
 */
import { randomBytes } from 'node:crypto'

import type { Page } from '@playwright/test'

import { createUser, findStoredDraft, getDelegationId } from './support/db'
import { expect, getJson, test } from './support/fixtures'
import { addHiddenFields, draftForm, fillDraft, ownPosition, saveDraft, sharePosition as share, sharedPositions } from './support/item-page'

// Items no other spec writes positions on, so parallel specs never meet on them.
const ITEM = 'F-15.02'
const CONFLICT_ITEM = 'P-11.02'
const CONFLICT_MESSAGE = 'Someone else saved this position after you opened it.'

function randomToken(): string {
  return randomBytes(6).toString('hex')
}

/** Every way a signed-in page could carry the texts: the rendered page, the raw HTML with its React payload, and the APIs. */
async function expectNowhere(page: Page, texts: string[]) {
  for (const path of [
    `/catalogue/${ITEM}`,
    '/delegation',
    `/api/v1/positions?item=${ITEM}`,
    '/api/v1/positions',
    '/api/v1/delegations/DEU/positions',
  ]) {
    const response = await page.request.get(path)
    expect(response.status(), path).toBe(200)
    const body = await response.text()
    for (const text of texts) expect(body, `${path} must not contain ${text}`).not.toContain(text)
  }
  await page.goto(`/catalogue/${ITEM}`)
  for (const text of texts) await expect(page.getByRole('main')).not.toContainText(text)
}

type SharedPositionJson = { itemCode: string; delegation: { code: string }; version: number; rationale: string; visibility: string }

test.describe('the visibility of positions', () => {
  test('a Mexico delegate cannot reach a Germany draft by any page, URL, search or API, and sees only what Germany shared', async ({
    signedInPage,
    page: signedOut,
  }) => {
    // Five people sign in (argon2 each) and walk through several pages: longer than a single-page spec.
    test.setTimeout(180_000)
    const run = randomToken()
    const secret = `DE-SECRET-${run}`
    const secretWording = `DE-WORDING-${run}`
    const later = `DE-LATER-${run}`
    const mexicoText = `MX-OWN-${run}`
    const germanDelegate = await createUser({ role: 'delegate', delegationCode: 'DEU', name: `Dora Delegate ${run}` })
    const germanFocalPoint = await createUser({ role: 'focal_point', delegationCode: 'DEU', name: `Fritz Focal ${run}` })
    const mexicanDelegate = await createUser({ role: 'delegate', delegationCode: 'MEX', name: `Mateo Delegado ${run}` })
    const reviewer = await createUser({ role: 'secretariat_reviewer', delegationCode: 'GFMD', name: `Sara Reviewer ${run}` })
    const germanyId = await getDelegationId('DEU')
    const itemPath = `/catalogue/${ITEM}`

    const germany = await test.step('the Germany delegate drafts a position', async () => {
      const page = await signedInPage(germanDelegate, itemPath)
      await expect(ownPosition(page)).toContainText('The draft is visible to Germany only.')
      await expect(ownPosition(page)).toContainText('No draft yet.')
      await saveDraft(page, { stance: 'Concerns', rationale: secret, proposedWording: secretWording }, 1)
      await expect(ownPosition(page)).toContainText(`Version 1, saved by ${germanDelegate.name} on`)
      await expect(ownPosition(page)).toContainText('Not shared: only Germany sees this position.')
      await page.goto('/delegation')
      const row = page.getByRole('row').filter({ hasText: ITEM })
      await expect(row).toContainText('Concerns')
      await expect(row).toContainText('Not shared')
      return page
    })

    const mexico = await test.step('the Mexico delegate finds it on no page, search or API', async () => {
      const page = await signedInPage(mexicanDelegate, itemPath)
      await expect(ownPosition(page)).toContainText('The draft is visible to Mexico only.')
      await expect(sharedPositions(page)).toContainText('No other delegation has shared a position on this item with you yet.')
      await expectNowhere(page, [secret, secretWording])

      await page.goto(`/catalogue?q=${encodeURIComponent(secret)}`)
      await expect(page.getByRole('heading', { name: 'No items match' })).toBeVisible()

      expect(await getJson(page, `/api/v1/positions?item=${ITEM}`)).toEqual({ drafts: [], shared: [] })
      const germanyPositions = await getJson<{ delegation: { code: string }; drafts: unknown[]; shares: SharedPositionJson[] }>(
        page,
        '/api/v1/delegations/DEU/positions',
      )
      expect(germanyPositions.delegation.code).toBe('DEU')
      expect(germanyPositions.drafts).toEqual([])
      expect(germanyPositions.shares.filter((shared) => shared.itemCode === ITEM)).toEqual([])
      return page
    })

    await test.step('guessed ids and forged fields make no difference', async () => {
      const plain = await mexico.request.get('/api/v1/delegations/DEU/positions').then((response) => response.text())
      for (const query of [
        `delegationId=${germanyId}`,
        `delegationCode=DEU&role=focal_point`,
        `delegation=DEU&userId=${germanyId}&draft=1`,
      ]) {
        expect(await mexico.request.get(`/api/v1/delegations/DEU/positions?${query}`).then((response) => response.text())).toBe(plain)
        expect(await getJson(mexico, `/api/v1/positions?item=${ITEM}&${query}`)).toEqual({ drafts: [], shared: [] })
      }
      // A database id is not a delegation code: refused as malformed, and it says nothing of Germany either way.
      expect((await mexico.request.get(`/api/v1/delegations/${germanyId}/positions`)).status()).toBe(400)
      expect((await mexico.request.get('/api/v1/delegations/NOWHERE/positions')).status()).toBe(404)

      // The draft form with Germany's delegation smuggled in: the save still lands on Mexico's own draft.
      await mexico.goto(itemPath)
      await fillDraft(mexico, { stance: 'Support', rationale: mexicoText })
      await addHiddenFields(await draftForm(mexico), { delegationCode: 'DEU', delegationId: germanyId, delegation: 'DEU' })
      await ownPosition(mexico).getByRole('button', { name: 'Save draft' }).click()
      await expect(ownPosition(mexico).getByRole('status')).toHaveText('Draft saved as version 1.')
      await expect(ownPosition(mexico)).toContainText(`Version 1, saved by ${mexicanDelegate.name} on`)

      expect(await findStoredDraft('MEX', ITEM)).toMatchObject({ rationale: mexicoText, version: 1 })
      expect(await findStoredDraft('DEU', ITEM)).toEqual({ rationale: secret, proposedWording: secretWording, version: 1 })
      const own = await getJson<{ drafts: { rationale: string }[] }>(mexico, `/api/v1/positions?item=${ITEM}`)
      expect(own.drafts.map((draft) => draft.rationale)).toEqual([mexicoText])
    })

    const focal = await test.step('Germany’s focal point shares it with the secretariat only', async () => {
      const page = await signedInPage(germanFocalPoint, itemPath)
      await expect(ownPosition(page)).toContainText(`Version 1, saved by ${germanDelegate.name} on`)
      await expect(ownPosition(page).getByLabel('Rationale')).toHaveValue(secret)
      await share(page, 'Delegation and secretariat', 1)
      const history = ownPosition(page).getByRole('list', { name: 'Share history' })
      await expect(history.getByRole('listitem')).toHaveCount(1)
      await expect(history).toContainText(`Version 1 shared with the secretariat by ${germanFocalPoint.name} on`)
      await expect(history).toContainText('Current')
      return page
    })

    const secretariat = await test.step('the secretariat reviewer sees it; Mexico still does not', async () => {
      const page = await signedInPage(reviewer, itemPath)
      await expect(ownPosition(page)).toHaveCount(0)
      const shared = sharedPositions(page).getByRole('article', { name: 'Germany' })
      await expect(shared).toContainText(secret)
      await expect(shared).toContainText(secretWording)
      await expect(shared).toContainText('Concerns')
      await expect(shared).toContainText(`Version 1, shared by ${germanFocalPoint.name} on`)
      await expect(shared).toContainText('Visible to: Delegation and secretariat.')

      await expectNowhere(mexico, [secret, secretWording])
      return page
    })

    await test.step('shared with all participants, Mexico sees the shared version and not a later edit', async () => {
      await share(focal, 'All participants', 1)
      const history = ownPosition(focal).getByRole('list', { name: 'Share history' })
      await expect(history.getByRole('listitem')).toHaveCount(2)
      await expect(history.getByRole('listitem').first()).toContainText(
        `Version 1 shared with all participants by ${germanFocalPoint.name}`,
      )
      await expect(history.getByRole('listitem').first()).toContainText('Current')

      await germany.goto(itemPath)
      await saveDraft(germany, { rationale: later }, 2)
      await focal.reload()
      await expect(ownPosition(focal)).toContainText('The draft has changed since version 1 was shared.')

      await mexico.goto(itemPath)
      const shared = sharedPositions(mexico).getByRole('article', { name: 'Germany' })
      await expect(shared).toContainText(secret)
      await expect(shared).toContainText('Visible to: All participants.')
      await expectNowhere(mexico, [later])

      const positions = await getJson<{ shared: SharedPositionJson[] }>(mexico, `/api/v1/positions?item=${ITEM}`)
      expect(
        positions.shared.map(({ delegation, version, rationale, visibility }) => ({
          delegation: delegation.code,
          version,
          rationale,
          visibility,
        })),
      ).toEqual([{ delegation: 'DEU', version: 1, rationale: secret, visibility: 'all_participants' }])
      const germanyPositions = await getJson<{ drafts: unknown[]; shares: SharedPositionJson[] }>(
        mexico,
        '/api/v1/delegations/DEU/positions',
      )
      expect(germanyPositions.drafts).toEqual([])
      // Only the current share: the earlier one with the secretariat never reaches Mexico.
      expect(
        germanyPositions.shares.filter((shared) => shared.itemCode === ITEM).map(({ version, visibility }) => ({ version, visibility })),
      ).toEqual([{ version: 1, visibility: 'all_participants' }])

      await secretariat.reload()
      await expect(sharedPositions(secretariat).getByRole('article', { name: 'Germany' })).toContainText(secret)
      await expect(sharedPositions(secretariat)).not.toContainText(later)
    })

    await test.step('signed out, the APIs answer 401 and the page offers to sign in', async () => {
      for (const path of [`/api/v1/positions?item=${ITEM}`, '/api/v1/delegations/DEU/positions']) {
        const response = await signedOut.request.get(path)
        expect(response.status(), path).toBe(401)
        expect(await response.text()).not.toContain(secret)
      }
      await signedOut.goto(itemPath)
      await expect(signedOut.getByRole('link', { name: 'Sign in to record your delegation’s position' })).toHaveAttribute(
        'href',
        `/sign-in?callbackUrl=${encodeURIComponent(itemPath)}`,
      )
      await expect(signedOut.getByRole('main')).not.toContainText(secret)
    })
  })

  test('two people of one delegation save the same position: the second save is refused, shows both texts, and the merge saves', async ({
    signedInPage,
  }) => {
    test.setTimeout(120_000)
    const run = randomToken()
    const first = await createUser({ role: 'delegate', delegationCode: 'DEU', name: `Anna Erste ${run}` })
    const second = await createUser({ role: 'delegate', delegationCode: 'DEU', name: `Bernd Zweiter ${run}` })
    const itemPath = `/catalogue/${CONFLICT_ITEM}`
    const firstText = `First person's rationale ${run}`
    const secondText = `Second person's rationale ${run}`
    const secondWording = `Second person's wording ${run}`

    const firstPage = await signedInPage(first, itemPath)
    await saveDraft(firstPage, { stance: 'Support', rationale: `Starting point ${run}` }, 1)
    const secondPage = await signedInPage(second, itemPath)
    await expect(ownPosition(secondPage)).toContainText(`Version 1, saved by ${first.name} on`)

    // Both opened version 1; the first saves, then the second.
    await saveDraft(firstPage, { rationale: firstText }, 2)
    await fillDraft(secondPage, { stance: 'Oppose', rationale: secondText, proposedWording: secondWording })
    await ownPosition(secondPage).getByRole('button', { name: 'Save draft' }).click()

    const panel = ownPosition(secondPage)
    await expect(panel.getByRole('alert')).toContainText(CONFLICT_MESSAGE)
    const theirs = panel.getByRole('region', { name: 'Their version (version 2)' })
    await expect(theirs).toContainText(firstText)
    await expect(theirs).toContainText(`Saved by ${first.name} on`)
    const yours = panel.getByRole('region', { name: 'Your text' })
    await expect(yours).toContainText(secondText)
    await expect(yours).toContainText(secondWording)
    await expect(yours).toContainText('Oppose')
    // Nothing typed is lost, and nothing was overwritten.
    await expect(panel.getByLabel('Rationale')).toHaveValue(secondText)
    await expect(panel.getByLabel('Proposed wording (optional)')).toHaveValue(secondWording)
    await expect(panel.getByLabel('Stance')).toHaveValue('oppose')
    await expect(panel).toContainText(`Version 2, saved by ${first.name} on`)
    expect(await findStoredDraft('DEU', CONFLICT_ITEM)).toEqual({ rationale: firstText, proposedWording: null, version: 2 })

    const merged = `${firstText}\n${secondText}`
    await saveDraft(secondPage, { rationale: merged }, 3)
    await expect(panel.getByRole('alert')).toHaveCount(0)
    await expect(panel).toContainText(`Version 3, saved by ${second.name} on`)
    expect(await findStoredDraft('DEU', CONFLICT_ITEM)).toEqual({ rationale: merged, proposedWording: secondWording, version: 3 })

    await firstPage.reload()
    await expect(ownPosition(firstPage).getByLabel('Rationale')).toHaveValue(merged)
    await expect(ownPosition(firstPage)).toContainText(`Version 3, saved by ${second.name} on`)

    // The history shows exactly the saves that happened: the refused one is not among them.
    const history = ownPosition(firstPage).getByRole('region', { name: 'History' })
    await expect(history.getByRole('listitem')).toHaveCount(3)
    for (const [version, who] of [
      [3, second.name],
      [2, first.name],
      [1, first.name],
    ] as const) {
      await expect(history.getByRole('listitem').nth(3 - version)).toContainText(`Version ${version} saved by ${who}`)
    }
  })
})
