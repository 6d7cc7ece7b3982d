/**
 * The home page as each role meets it after signing in: a delegation's next
 * steps and unshared drafts, what waits for the secretariat's review, the state of
 * accounts for an administrator, and the introduction for a visitor. Each
 * journey writes in delegations of its own, so the specs run in parallel.
 */
import { createNotification, createPositionDraft, createSharedPosition, createUser } from './support/db'
import { expect, test } from './support/fixtures'
import { ownPosition } from './support/item-page'

test.describe('the home page', () => {
  test('a delegate and their focal point see their delegation’s drafts and what needs them, never another delegation’s', async ({
    signedInPage,
  }) => {
    const run = Date.now().toString(36)
    const delegate = await createUser({ role: 'delegate', delegationCode: 'EST', name: `Nora Delegate ${run}` })
    const focalPoint = await createUser({ role: 'focal_point', delegationCode: 'EST', name: `Nils Focal ${run}` })
    const swede = await createUser({ role: 'focal_point', delegationCode: 'LVA', name: `Sven Focal ${run}` })
    await createPositionDraft(delegate.email, 'R-21.01', `Estonia's draft ${run}`)
    await createPositionDraft(swede.email, 'R-21.02', `Latvia's draft ${run}`)
    await createNotification(delegate.email, 'R-21.01', `Nils Focal mentioned you in a comment on R-21.01 (${run})`)

    const delegatePage = await signedInPage(delegate, '/')
    await expect(delegatePage.getByRole('heading', { level: 1, name: `Welcome, ${delegate.name}` })).toBeVisible()
    const next = delegatePage.getByRole('region', { name: 'What needs you next' })
    await expect(next).toContainText('A notification waits for you.')
    await expect(next).toContainText('A draft waits for your focal point to share it.')
    await expect(next.getByRole('link', { name: /^Draft a position on / })).toBeVisible()

    const unshared = delegatePage.getByRole('region', { name: 'Drafts not yet shared (1)' })
    const draft = unshared.getByRole('listitem')
    await expect(draft).toHaveCount(1)
    await expect(draft).toContainText('Position')
    await expect(draft).toContainText(`Version 1, saved by ${delegate.name}`)
    await expect(draft).toContainText('Never shared')
    await expect(unshared).not.toContainText('R-21.02')

    const unread = delegatePage.getByRole('region', { name: 'Unread notifications (1)' })
    await expect(unread).toContainText(`mentioned you in a comment on R-21.01 (${run})`)
    await expect(delegatePage.getByRole('region', { name: 'Progress by cluster' }).getByRole('listitem').first()).toContainText(
      /\d+ of \d+ have a position/,
    )

    await unshared.getByRole('link', { name: /^R-21\.01 — / }).click()
    await expect(delegatePage).toHaveURL('/catalogue/R-21.01#own-position-heading')
    await expect(ownPosition(delegatePage)).toBeVisible()

    const focalPage = await signedInPage(focalPoint, '/')
    const focalNext = focalPage.getByRole('region', { name: 'What needs you next' })
    await expect(focalNext).toContainText('A draft waits for you to share it.')
    await expect(focalNext).not.toContainText('notification')
    await expect(focalPage.getByRole('region', { name: 'Unread notifications (0)' })).toContainText('No unread notifications')
    // By keyboard: the link to the drafts to share opens the tracker on them.
    await focalNext.getByRole('link', { name: 'Review and share drafts' }).focus()
    await focalPage.keyboard.press('Enter')
    await expect(focalPage).toHaveURL('/delegation?position=draft')

    // The other way round: Latvia sees its own draft and nothing of Estonia's.
    const swedishPage = await signedInPage(swede, '/')
    const swedishDrafts = swedishPage.getByRole('region', { name: 'Drafts not yet shared (1)' })
    await expect(swedishDrafts).toContainText('R-21.02')
    await expect(swedishDrafts).not.toContainText('R-21.01')
    await expect(swedishPage.getByRole('main')).not.toContainText(`Estonia's draft ${run}`)
  })

  test('the secretariat sees what waits for its review, newest first, and nothing kept within a delegation', async ({ signedInPage }) => {
    const finn = await createUser({ role: 'focal_point', delegationCode: 'FIN' })
    const secretariat = await createUser({ role: 'secretariat_reviewer', delegationCode: 'GFMD', name: 'Sirpa Secretariat' })
    await createPositionDraft(finn.email, 'R-21.02', 'never shared')
    const shared = { stance: 'support', proposedWording: null } as const
    await createSharedPosition('FIN', 'R-21.03', { ...shared, rationale: 'kept within Finland', visibility: 'delegation' })
    await createSharedPosition('FIN', 'R-21.04', { ...shared, rationale: 'for the secretariat', visibility: 'delegation_and_secretariat' })
    await createSharedPosition('FIN', 'E-12.02', { ...shared, rationale: 'for everyone', visibility: 'all_participants' })

    const page = await signedInPage(secretariat, '/')
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Sirpa Secretariat' })).toBeVisible()
    const waiting = page.getByRole('region', { name: /^Waiting for review \(\d+\)$/ })
    const finnish = waiting.getByRole('listitem').filter({ hasText: 'Finland' })
    await expect(finnish).toHaveCount(2)
    await expect(finnish.first()).toContainText('Finland: position on E-12.02')
    await expect(finnish.first()).toContainText('Version 1, shared with all participants')
    await expect(finnish.nth(1)).toContainText('Finland: position on R-21.04')
    await expect(finnish.nth(1)).toContainText('Version 1, shared with delegation and secretariat')
    await expect(page.getByRole('region', { name: 'What needs you next' })).toHaveCount(0)

    await finnish.first().getByRole('link', { name: 'Finland: position on E-12.02' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Finland: position on E-12.02' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'The shared position' })).toContainText('for everyone')
  })

  test('an administrator sees the state of accounts and invitations', async ({ signedInPage }) => {
    const administrator = await createUser({ role: 'administrator', delegationCode: null, name: 'Arne Administrator' })
    const page = await signedInPage(administrator, '/')
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Arne Administrator' })).toBeVisible()
    const accounts = page.getByRole('region', { name: 'Accounts and invitations' })
    await expect(accounts.getByRole('listitem').filter({ hasText: 'Users' })).toContainText(/\d+ active users?\d+ deactivated accounts?/)
    await expect(accounts.getByRole('listitem').filter({ hasText: 'Invitations' })).toContainText(/\d+ pending invitations?/)
    await accounts.getByRole('link', { name: 'Invitations' }).click()
    await expect(page).toHaveURL('/admin/invitations')
  })

  test('a visitor still meets the introduction', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'GCM Stocktaking Workspace' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Sign in to your delegation’s workspace' })).toBeVisible()
  })

  test('after saving or sharing with the keyboard, focus rests on the form’s answer', async ({ signedInPage }) => {
    const delegate = await createUser({ role: 'delegate', delegationCode: 'LTU' })
    const focalPoint = await createUser({ role: 'focal_point', delegationCode: 'LTU' })

    const page = await signedInPage(delegate, '/')
    const draftLink = page.getByRole('region', { name: 'What needs you next' }).getByRole('link', { name: /^Draft a position on / })
    const itemCode = (await draftLink.textContent())?.replace('Draft a position on ', '') ?? ''
    await draftLink.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(`/catalogue/${itemCode}#own-position-heading`)

    const form = ownPosition(page)
      .locator('form')
      .filter({ has: page.getByRole('button', { name: 'Save draft' }) })
    await form.getByLabel('Stance').selectOption({ label: 'Support' })
    await form.getByLabel('Rationale').fill('Lithuania supports this.')
    await form.getByRole('button', { name: 'Save draft' }).focus()
    await page.keyboard.press('Enter')
    const saved = page.locator(':focus')
    await expect(saved).toHaveRole('status')
    await expect(saved).toHaveText('Draft saved as version 1.')

    const focalPage = await signedInPage(focalPoint, `/catalogue/${itemCode}`)
    const share = ownPosition(focalPage)
      .locator('form')
      .filter({ has: focalPage.getByLabel('Share with') })
    await share.getByLabel('Share with').selectOption({ label: 'Delegation and secretariat' })
    await share.getByRole('button', { name: 'Share version 1' }).focus()
    await focalPage.keyboard.press('Enter')
    const shared = focalPage.locator(':focus')
    await expect(shared).toHaveRole('status')
    await expect(shared).toHaveText('Version 1 shared with the secretariat.')
  })
})
