import { DEMO_PASSWORD } from '@/lib/accounts/demo-accounts'

import { createInvitation, createUser, throttleSignIn, uniqueEmail } from './support/db'
import { expect, signInThroughForm as signIn, test } from './support/fixtures'
import { openUserMenu } from './support/user-menu'

const WRONG_CREDENTIALS = 'The email or password is not right.'

test.describe('signing in and out', () => {
  test('a wrong password and an unknown email get the same answer, and the email stays typed', async ({ page }) => {
    await page.goto('/sign-in')
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()

    await signIn(page, 'delegate.mx@demo.gfmd.test', 'not-the-password')
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(WRONG_CREDENTIALS)
    await expect(page.getByLabel('Email address')).toHaveValue('delegate.mx@demo.gfmd.test')
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('')

    await signIn(page, uniqueEmail('nobody'), 'not-the-password')
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(WRONG_CREDENTIALS)
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true })).toBeVisible()
  })

  test('empty fields are named next to the fields', async ({ page }) => {
    await page.goto('/sign-in')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Email address')).toHaveAccessibleDescription(/Enter your email address/)
    await expect(page.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(/Enter your password/)
  })

  test('a focal point signs in, sees their name and links, and signs out', async ({ page }) => {
    await page.goto('/sign-in')
    await signIn(page, 'focal.de@demo.gfmd.test', DEMO_PASSWORD)

    await expect(page).toHaveURL('/')
    const banner = page.getByRole('banner')
    await expect(banner).toContainText('Frieda Fokus')
    await expect(banner).toContainText('Germany')
    await expect(banner.getByRole('link', { name: 'My delegation' })).toHaveAttribute('href', '/delegation')
    await expect(banner.getByRole('link', { name: 'Members' })).toHaveAttribute('href', '/delegation/members')
    await expect(banner.getByRole('link', { name: 'Administration' })).toHaveCount(0)

    // Signed in, the sign-in page sends the person on.
    await page.goto('/sign-in')
    await expect(page).toHaveURL('/')

    await (await openUserMenu(page)).getByRole('button', { name: 'Sign out' }).click()
    await expect(banner.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible()
    await expect(banner).not.toContainText('Frieda Fokus')
    await expect(banner.getByRole('link', { name: 'My delegation' })).toHaveCount(0)
  })

  test('a signed-out visitor to the account page signs in and lands back on it', async ({ page }) => {
    const user = await createUser({ role: 'delegate', delegationCode: 'MEX' })
    await page.goto('/account')
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/)

    await signIn(page, user.email, user.password)
    await expect(page).toHaveURL('/account')
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible()
    const details = page.getByRole('region', { name: 'Your details' })
    await expect(details).toContainText(user.name)
    await expect(details).toContainText(user.email)
    await expect(details).toContainText('Delegate')
    await expect(details).toContainText('Mexico')
  })

  test('a sign-in link cannot send the person to another site', async ({ page }) => {
    const user = await createUser()
    await page.goto('/sign-in?callbackUrl=%2F%2Fevil.example%2Fphish')
    await signIn(page, user.email, user.password)
    await expect(page).toHaveURL('/')
  })
})

test.describe('changing the password', () => {
  test('a person changes their password, is signed out everywhere and signs in with the new one', async ({ page }) => {
    const user = await createUser()
    const newPassword = 'a-new-and-long-password'
    await page.goto('/sign-in')
    await signIn(page, user.email, user.password)
    await expect(page.getByRole('banner')).toContainText(user.name)

    await (await openUserMenu(page)).getByRole('link', { name: 'Account' }).click()
    await page.getByRole('link', { name: 'Change password' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Change password' })).toBeVisible()
    await expect(page.getByLabel('New password', { exact: true })).toHaveAccessibleDescription(/At least 12 characters/)

    const currentField = page.getByLabel('Current password')
    const newField = page.getByLabel('New password', { exact: true })
    const confirmField = page.getByLabel('Confirm new password')
    const submit = page.getByRole('button', { name: 'Change password' })

    await currentField.fill('not-my-password')
    await newField.fill(newPassword)
    await confirmField.fill(newPassword)
    await submit.click()
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Your current password is not right.')
    await expect(currentField).toHaveAttribute('aria-invalid', 'true')

    await currentField.fill(user.password)
    await newField.fill(newPassword)
    await confirmField.fill('something-else-entirely')
    await submit.click()
    await expect(confirmField).toHaveAccessibleDescription(/The two new passwords differ/)

    await currentField.fill(user.password)
    await newField.fill('too-short')
    await confirmField.fill('too-short')
    await submit.click()
    await expect(newField).toHaveAccessibleDescription(/Use at least 12 characters/)

    await currentField.fill(user.password)
    await newField.fill(newPassword)
    await confirmField.fill(newPassword)
    await submit.click()

    await expect(page).toHaveURL('/sign-in?changed=1')
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Your password was changed. Sign in with the new one.')
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true })).toBeVisible()

    await signIn(page, user.email, user.password)
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(WRONG_CREDENTIALS)
    await signIn(page, user.email, newPassword)
    await expect(page).toHaveURL('/')
    await expect(page.getByRole('banner')).toContainText(user.name)
  })

  test('a password change ends the person’s other sessions', async ({ newContext }) => {
    const user = await createUser()
    const [first, second] = await Promise.all([newContext(), newContext()])
    const [firstPage, secondPage] = await Promise.all([first.newPage(), second.newPage()])
    for (const page of [firstPage, secondPage]) {
      await page.goto('/sign-in')
      await signIn(page, user.email, user.password)
      await expect(page.getByRole('banner')).toContainText(user.name)
    }

    await firstPage.goto('/account/password')
    await firstPage.getByLabel('Current password').fill(user.password)
    await firstPage.getByLabel('New password', { exact: true }).fill('another-long-password')
    await firstPage.getByLabel('Confirm new password').fill('another-long-password')
    await firstPage.getByRole('button', { name: 'Change password' }).click()
    await expect(firstPage).toHaveURL('/sign-in?changed=1')

    await secondPage.goto('/account')
    await expect(secondPage).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/)
  })
})

test.describe('invitation links', () => {
  test('a valid invitation creates the account and signs the person in', async ({ page }) => {
    const invitation = await createInvitation({ role: 'delegate', delegationCode: 'DEU', name: 'Ingrid Eingeladen' })
    const password = 'my-own-long-password'
    const response = await page.goto(`/invitations/${invitation.token}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible()
    await expect(page.getByText(/invites you as Delegate of Germany/)).toBeVisible()
    await expect(page.getByLabel('Email address')).toHaveValue(invitation.email)
    await expect(page.getByLabel('Email address')).toHaveAttribute('readonly', '')
    await expect(page.getByLabel('Your name')).toHaveValue('Ingrid Eingeladen')

    await page.getByLabel('Password', { exact: true }).fill(password)
    await page.getByLabel('Confirm password').fill('a-different-password')
    await page.getByRole('button', { name: 'Create account' }).click()
    await expect(page.getByLabel('Confirm password')).toHaveAccessibleDescription(/The two passwords differ/)

    await page.getByLabel('Your name').fill('Ingrid Beispiel')
    await page.getByLabel('Password', { exact: true }).fill(password)
    await page.getByLabel('Confirm password').fill(password)
    await page.getByRole('button', { name: 'Create account' }).click()

    await expect(page).toHaveURL('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Ingrid Beispiel' })).toBeVisible()
    await expect(page.getByRole('banner')).toContainText('Ingrid Beispiel')

    // The link worked once.
    await page.goto(`/invitations/${invitation.token}`)
    await expect(page.getByRole('heading', { level: 1, name: 'This invitation link has already been used' })).toBeVisible()
  })

  test('when signing in at once is refused, the account still exists and the sign-in form has the address', async ({ page }) => {
    const invitation = await createInvitation({ role: 'delegate', delegationCode: 'DEU' })
    const password = 'my-own-long-password'
    // Someone tried the address too often before the account existed: signing in is throttled for a while.
    await throttleSignIn(invitation.email)
    await page.goto(`/invitations/${invitation.token}`)
    await page.getByLabel('Password', { exact: true }).fill(password)
    await page.getByLabel('Confirm password').fill(password)
    await page.getByRole('button', { name: 'Create account' }).click()

    await expect(page).toHaveURL(`/sign-in?invited=1&email=${encodeURIComponent(invitation.email)}`)
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Your account is ready. Sign in.')
    await expect(page.getByLabel('Email address')).toHaveValue(invitation.email)
  })

  const deadLinks = [
    { state: 'used', name: 'a used link', heading: 'This invitation link has already been used', advice: /sign in/i },
    { state: 'expired', name: 'an expired link', heading: 'This invitation has expired', advice: /links are valid for 7 days/ },
    { state: 'revoked', name: 'a withdrawn link', heading: 'This invitation was withdrawn', advice: /ask them for a new one/ },
  ] as const

  for (const link of deadLinks) {
    test(`${link.name} says so plainly`, async ({ page }) => {
      const invitation = await createInvitation({ state: link.state })
      const response = await page.goto(`/invitations/${invitation.token}`)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1, name: link.heading })).toBeVisible()
      await expect(page.getByRole('main')).toContainText(link.advice)
      await expect(page.getByRole('button', { name: 'Create account' })).toHaveCount(0)
    })
  }

  test('a used link offers to sign in', async ({ page }) => {
    const invitation = await createInvitation({ state: 'used' })
    await page.goto(`/invitations/${invitation.token}`)
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click()
    await expect(page).toHaveURL('/sign-in')
  })

  test('an unknown link says it is not valid', async ({ page }) => {
    const response = await page.goto('/invitations/this-token-was-never-issued-by-anyone')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'This invitation link is not valid' })).toBeVisible()
  })
})
