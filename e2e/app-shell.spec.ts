import { expect, test } from '@playwright/test'

test.describe('the application shell', () => {
  test('a visitor lands on the home page and finds the way by keyboard', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveTitle(/GCM Stocktaking Workspace/)
    await expect(page.getByRole('banner').getByRole('link', { name: /GCM Stocktaking Workspace/ })).toBeVisible()
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true })).toBeVisible()
    await expect(page.getByRole('contentinfo')).toContainText('Global Forum on Migration and Development')

    // The first Tab reaches the skip link, which moves focus to the content.
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('main#content')).toBeFocused()
  })

  test('the navigation marks the current page', async ({ page }) => {
    await page.goto('/about')
    const navigation = page.getByRole('navigation').first()
    await expect(navigation.getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })

  test('on a narrow screen the menu opens from a button', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 })
    await page.goto('/')
    const menuButton = page.getByRole('button', { name: /menu/i })
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false')
    await menuButton.click()
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByRole('banner').getByRole('link', { name: 'About', exact: true })).toBeVisible()
  })

  test('an unknown address shows the 404 page in the same style', async ({ page }) => {
    const response = await page.goto('/no-such-page')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await expect(page.getByRole('banner')).toBeVisible()
  })
})

test('the health endpoint reports the database and migrations', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'reachable' })
})
