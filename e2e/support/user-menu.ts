import type { Locator, Page } from '@playwright/test'

import { expect, hydrated } from './fixtures'

/** Opens the signed-in person's menu in the header (from lg up it sits behind their name) and returns its panel. */
export async function openUserMenu(page: Page): Promise<Locator> {
  const banner = page.getByRole('banner')
  const button = await hydrated(banner.locator('button[aria-controls="user-menu-panel"]'))
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click()
  await expect(button).toHaveAttribute('aria-expanded', 'true')
  return banner.locator('#user-menu-panel')
}
