import { auditVisits, recordVisits } from './support/accessibility'
import { createNotification, createUser } from './support/db'
import { expect, hydrated, test } from './support/fixtures'

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

  test('the signed-in person’s menu opens from their name, shows the unread count, and closes with Escape', async ({ signedInPage }) => {
    const user = await createUser({ role: 'focal_point', delegationCode: 'DEU', name: 'Uma Menu' })
    await createNotification(user.email, 'R-21.01', 'Someone mentioned you')
    for (const width of [1024, 1280]) {
      const page = await signedInPage(user, '/about')
      await page.setViewportSize({ width, height: 800 })
      const banner = page.getByRole('banner')
      const button = await hydrated(banner.getByRole('button', { name: 'Uma Menu 1 unread notification' }))
      // Every link of the bar and the button sit on one line, inside the window.
      await expect(banner.getByRole('link', { name: 'My delegation' })).toBeInViewport({ ratio: 1 })
      await expect(button).toBeInViewport({ ratio: 1 })
      const barHeight = await banner.evaluate((element) => element.getBoundingClientRect().height)
      expect(barHeight, `header height at ${width} px`).toBeLessThan(80)

      await expect(button).toHaveAttribute('aria-expanded', 'false')
      await expect(banner.getByRole('button', { name: 'Sign out' })).toBeHidden()
      await button.focus()
      await page.keyboard.press('Enter')
      await expect(button).toHaveAttribute('aria-expanded', 'true')
      await expect(banner.getByRole('link', { name: /^Notifications \(1\)/ })).toBeVisible()
      await page.keyboard.press('Tab')
      await expect(banner.getByRole('link', { name: /^Notifications \(1\)/ })).toBeFocused()
      await page.keyboard.press('Escape')
      await expect(button).toHaveAttribute('aria-expanded', 'false')
      await expect(button).toBeFocused()
      await expect(banner.getByRole('button', { name: 'Sign out' })).toBeHidden()
    }
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

test('a browser finds the icons, the web manifest and robots.txt it asks for', async ({ page, request }) => {
  await page.goto('/')
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(manifestHref).toBe('/manifest.webmanifest')
  const manifest = await (await request.get(manifestHref ?? '')).json()
  expect(manifest).toMatchObject({ name: 'GCM Stocktaking Workspace', start_url: '/' })
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(icon.src)
    expect([icon.src, response.status(), response.headers()['content-type']]).toEqual([icon.src, 200, icon.type])
  }
  for (const [path, type] of [
    ['/favicon.ico', 'image/x-icon'],
    ['/apple-touch-icon.png', 'image/png'],
    ['/robots.txt', 'text/plain'],
  ] as const) {
    const response = await request.get(path)
    expect([path, response.status(), response.headers()['content-type']?.split(';')[0]]).toEqual([path, 200, type])
  }
  expect(await (await request.get('/robots.txt')).text()).toContain('Disallow: /delegation')
})

test('pages carry a strict, nonce-based Content Security Policy that the app itself satisfies', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  const response = await page.goto('/catalogue')
  const policy = response?.headers()['content-security-policy'] ?? ''
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  expect(policy).toContain("frame-ancestors 'none'")
  expect(response?.headers()['referrer-policy']).toBe('same-origin')
  // Over plain HTTP there is no HSTS; behind HTTPS the proxy adds it.
  expect(response?.headers()['strict-transport-security']).toBeUndefined()

  // The app's own scripts run: the narrow-screen menu opens.
  await page.setViewportSize({ width: 390, height: 800 })
  await page.getByRole('button', { name: /menu/i }).click()
  await expect(page.getByRole('button', { name: /menu/i })).toHaveAttribute('aria-expanded', 'true')
  expect(violations).toEqual([])

  const secondPolicy = (await page.request.get('/catalogue')).headers()['content-security-policy']
  expect(secondPolicy).not.toBe(policy)
})

test('behind an HTTPS proxy, pages ask for HSTS', async ({ request }) => {
  const response = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } })
  expect(response.headers()['strict-transport-security']).toMatch(/max-age=\d+/)
})

test('the accessibility check every journey ends with fails a page that breaks the rules', async ({ browser, baseURL }) => {
  // A context of its own, outside the fixtures, so that only this check looks at the broken page.
  const context = await browser.newContext()
  const origin = new URL(baseURL ?? '').origin
  await context.route(`${origin}/broken-on-purpose`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<html><body><img src="x.png"><a href="/"></a></body></html>' }),
  )
  const visits = recordVisits(context, origin)
  await (await context.newPage()).goto(`${origin}/broken-on-purpose`)
  await expect(auditVisits([visits])).rejects.toThrow(/html-has-lang[\s\S]*image-alt|image-alt[\s\S]*html-has-lang/)
  await context.close()
})
