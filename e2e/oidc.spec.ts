import { expect, test } from './support/fixtures'

import { OIDC_STUB } from './support/oidc-stub-issuer'

test.describe('signing in through an organisation’s OpenID Connect provider', () => {
  test('a person the workspace knows signs in with their organisation account', async ({ page }) => {
    await page.goto('/sign-in')
    await page.getByRole('button', { name: `Sign in with ${OIDC_STUB.name}` }).click()
    await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${OIDC_STUB.port}/authorize`))
    await page.getByLabel('Organisation email').fill('focal.ma@demo.gfmd.test')
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('banner')).toContainText('Fatima Focal')
  })

  test('someone without an account here is turned away with an explanation', async ({ page }) => {
    await page.goto('/sign-in')
    await page.getByRole('button', { name: `Sign in with ${OIDC_STUB.name}` }).click()
    await page.getByLabel('Organisation email').fill('stranger@elsewhere.example')
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page).toHaveURL(/\/sign-in/)
    await expect(page.getByText(/not registered in this workspace/)).toBeVisible()
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true })).toBeVisible()
  })
})
