import type { BrowserContext, Page } from '@playwright/test'

import { DEMO_PASSWORD } from '@/lib/accounts/demo-accounts'

import { uniqueEmail } from './support/db'
import { expect, signInThroughForm as signIn, test } from './support/fixtures'

const ADMIN_EMAIL = 'admin@demo.gfmd.test'
// The status line says 403 on the page; the HTTP status is 200 while the root loading.tsx streams the shell first.
const FORBIDDEN = 'You do not have access to this page'

/** Opens an invitation link in a browser of its own and sets a password, which signs the person in and takes them home. */
async function acceptInvitation(newContext: () => Promise<BrowserContext>, link: string, email: string, name: string): Promise<Page> {
  const context = await newContext()
  const page = await context.newPage()
  const password = `e2e-password-${Date.now()}`
  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible()
  await expect(page.getByLabel('Email address')).toHaveValue(email)
  await expect(page.getByLabel('Your name')).toHaveValue(name)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByLabel('Confirm password').fill(password)
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page).toHaveURL('/')
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${name}` })).toBeVisible()
  await expect(page.getByRole('banner')).toContainText(name)
  return page
}

/** The link from a successful invitation form, after checking what the page says about it. */
async function invitationLinkShown(page: Page, email: string): Promise<string> {
  const status = page.getByRole('status').filter({ hasText: 'Invitation created' })
  await expect(status).toContainText(`There is no mail server: send this link to ${email} yourself. It works once and expires on`)
  const link = await page.getByLabel('Invitation link').inputValue()
  expect(link).toMatch(/^http:\/\/localhost:\d+\/invitations\/[\w-]{20,}$/)
  return link
}

test.describe('administration', () => {
  test('an administrator invites a focal point, who invites a delegate; deactivating the delegate ends their session', async ({
    newContext,
  }) => {
    // Three people sign in and two accounts are created (argon2 on each): longer than a single-page spec.
    test.setTimeout(120_000)
    const run = Date.now().toString(36)
    const focal = { email: uniqueEmail('focal'), name: `Frida Focal ${run}` }
    const delegate = { email: uniqueEmail('delegate'), name: `Dag Delegate ${run}` }

    const adminContext = await newContext()
    await adminContext.grantPermissions(['clipboard-read', 'clipboard-write'])
    const admin = await adminContext.newPage()

    await test.step('the administrator signs in and reaches the invitations', async () => {
      await admin.goto('/admin/invitations')
      await expect(admin).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Finvitations$/)
      await signIn(admin, ADMIN_EMAIL, DEMO_PASSWORD)
      await expect(admin).toHaveURL('/admin/invitations')
      await expect(admin.getByRole('heading', { level: 1, name: 'Invitations' })).toBeVisible()
      const tabs = admin.getByRole('navigation', { name: 'Administration' })
      await expect(tabs.getByRole('link', { name: 'Invitations' })).toHaveAttribute('aria-current', 'page')
      await expect(tabs.getByRole('link', { name: 'Users' })).not.toHaveAttribute('aria-current', 'page')
    })

    await test.step('a focal point needs a delegation; what was typed stays', async () => {
      await admin.getByLabel('Email address').fill(focal.email)
      await admin.getByLabel('Name').fill(focal.name)
      await admin.getByLabel('Role').selectOption({ label: 'Focal point' })
      await admin.getByRole('button', { name: 'Create invitation' }).click()
      // Within <main>: Next's route announcer is an alert too.
      await expect(admin.getByRole('main').getByRole('alert')).toHaveText('Choose the delegation a focal point belongs to.')
      await expect(admin.getByLabel('Delegation')).toHaveAttribute('aria-invalid', 'true')
      await expect(admin.getByLabel('Delegation')).toHaveAccessibleDescription(/Choose a delegation/)
      await expect(admin.getByLabel('Email address')).toHaveValue(focal.email)
      await expect(admin.getByLabel('Name')).toHaveValue(focal.name)
      await expect(admin.getByLabel('Role')).toHaveValue('focal_point')
    })

    let focalLink = ''
    await test.step('the administrator invites the focal point of Iceland and copies the link', async () => {
      await admin.getByLabel('Delegation').selectOption({ label: 'Iceland' })
      await admin.getByRole('button', { name: 'Create invitation' }).click()
      focalLink = await invitationLinkShown(admin, focal.email)
      await admin.getByRole('button', { name: 'Copy link' }).click()
      await expect(admin.getByText('Copied', { exact: true })).toBeVisible()
      await expect(admin.getByLabel('Email address')).toHaveValue('')

      const row = admin.getByRole('row').filter({ hasText: focal.email })
      await expect(row).toContainText('Focal point')
      await expect(row).toContainText('Iceland')
      await expect(row).toContainText('Ada Admin')
      await expect(row).toContainText('Pending')
      await expect(row.getByRole('button', { name: `Revoke invitation for ${focal.email}` })).toBeVisible()
    })

    const focalPage = await acceptInvitation(newContext, focalLink, focal.email, focal.name)

    let delegateLink = ''
    await test.step('the focal point invites a delegate into their own delegation', async () => {
      await focalPage.goto('/delegation/members')
      await expect(focalPage.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible()
      await expect(focalPage.getByRole('main').getByText('Iceland').first()).toBeVisible()
      await expect(focalPage.getByRole('row').filter({ hasText: focal.email })).toContainText('Managed by the administrators')

      await focalPage.getByLabel('Email address').fill(delegate.email)
      await focalPage.getByLabel('Name').fill(delegate.name)
      await focalPage.getByRole('button', { name: 'Invite delegate' }).click()
      delegateLink = await invitationLinkShown(focalPage, delegate.email)
      await expect(focalPage.getByRole('row').filter({ hasText: delegate.email })).toContainText('Pending')
    })

    const delegatePage = await acceptInvitation(newContext, delegateLink, delegate.email, delegate.name)

    await test.step('the delegate is signed in but may not administer', async () => {
      await delegatePage.goto('/account')
      await expect(delegatePage.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible()
      await delegatePage.goto('/admin')
      await expect(delegatePage.getByRole('heading', { level: 1, name: FORBIDDEN })).toBeVisible()
      await expect(delegatePage.getByRole('navigation', { name: 'Administration' })).toHaveCount(0)
    })

    await test.step('the focal point sees the new member', async () => {
      await focalPage.reload()
      const row = focalPage.getByRole('row').filter({ hasText: delegate.email })
      await expect(row).toContainText('Delegate')
      await expect(row.getByText('Active', { exact: true })).toBeVisible()
    })

    await test.step('the administrator cannot deactivate themself, but deactivates the delegate', async () => {
      await admin.goto('/admin/users')
      const ownRow = admin.getByRole('row').filter({ hasText: ADMIN_EMAIL })
      // No button on one's own row (and lib refuses it anyway: see focal-point-limits.int.test.ts).
      await expect(ownRow.getByRole('button')).toHaveCount(0)
      await expect(ownRow).toContainText('Your own account')
      await expect(ownRow.getByText('Active', { exact: true })).toBeVisible()

      await admin.goto('/admin/delegations?q=Iceland')
      const delegationRow = admin.getByRole('row').filter({ hasText: 'ISL' })
      await expect(delegationRow).toContainText('Western European and Others Group')
      // Cells after the row header (the name): code, kind, regional group, active users. At least the two
      // people of this run (earlier runs on the same database may have added more).
      expect(Number(await delegationRow.getByRole('cell').nth(3).textContent())).toBeGreaterThanOrEqual(2)
      await delegationRow.getByRole('link', { name: 'Users of Iceland' }).click()
      await expect(admin).toHaveURL('/admin/users?delegation=ISL')
      await expect(admin.getByRole('heading', { level: 1, name: 'Iceland' })).toBeVisible()

      const row = admin.getByRole('row').filter({ hasText: delegate.email })
      await row.getByRole('button', { name: `Deactivate ${delegate.name}` }).click()
      await expect(row.getByText('Deactivated', { exact: true })).toBeVisible()
      await expect(row.getByRole('button', { name: `Reactivate ${delegate.name}` })).toBeVisible()
    })

    await test.step('the delegate’s open session stops working at once', async () => {
      await delegatePage.goto('/account')
      await expect(delegatePage).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/)
      await expect(delegatePage.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true })).toBeVisible()
    })
  })

  test('a signed-out visitor to the administration is sent to sign in', async ({ page }) => {
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin$/)
    await page.goto('/admin/users?delegation=DEU')
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fusers%3Fdelegation%3DDEU$/)
  })

  test('a focal point cannot reach the administration, nor an ordinary delegate the members page', async ({ signedInPage }) => {
    const focalPage = await signedInPage({ email: 'focal.mx@demo.gfmd.test', password: DEMO_PASSWORD, name: 'Fernanda Focal' }, '/')
    for (const path of ['/admin', '/admin/delegations', '/admin/users', '/admin/invitations']) {
      await focalPage.goto(path)
      await expect(focalPage.getByRole('heading', { level: 1, name: FORBIDDEN }), path).toBeVisible()
      await expect(focalPage.getByRole('table')).toHaveCount(0)
    }
    // Scoped to Mexico: no other delegation's people appear.
    await focalPage.goto('/delegation/members')
    await expect(focalPage.getByRole('region', { name: 'Members', exact: true })).toContainText('Diego Delegado')
    await expect(focalPage.getByRole('region', { name: 'Members', exact: true })).not.toContainText('Dieter Delegierter')

    const delegatePage = await signedInPage({ email: 'delegate.iom@demo.gfmd.test', password: DEMO_PASSWORD, name: 'Ines Observer' }, '/')
    await delegatePage.goto('/delegation/members')
    await expect(delegatePage.getByRole('heading', { level: 1, name: FORBIDDEN })).toBeVisible()
    await expect(delegatePage.getByRole('table')).toHaveCount(0)
  })
})
