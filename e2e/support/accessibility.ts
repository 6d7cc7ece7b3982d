/**
 * Every page a spec visits is checked with axe, as the person who visited it:
 * the addresses each browser context opened are recorded, and once the
 * journey is done each is opened again in that context and analysed. Any
 * violation, of any impact, fails the test.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, type BrowserContext, type Page } from '@playwright/test'

export type Visits = { context: BrowserContext; urls: Set<string>; isOpen: boolean }

/** Starts recording the app's pages a context opens, from now on (not those of other sites, such as an identity provider's). */
export function recordVisits(context: BrowserContext, appOrigin: string): Visits {
  const visits: Visits = { context, urls: new Set(), isOpen: true }
  const watch = (page: Page) =>
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return
      const url = new URL(frame.url())
      // JSON answers of the API are not pages; the hash only scrolls.
      if (url.origin === appOrigin && !url.pathname.startsWith('/api/')) visits.urls.add(`${url.origin}${url.pathname}${url.search}`)
    })
  context.pages().forEach(watch)
  context.on('page', watch)
  context.on('close', () => (visits.isOpen = false))
  return visits
}

/** Opens each recorded page again in its context and fails on any axe violation. */
export async function auditVisits(all: Visits[]): Promise<void> {
  const violations: string[] = []
  for (const { context, urls, isOpen } of all) {
    if (!isOpen) continue
    for (const url of urls) {
      const page = await context.newPage()
      try {
        await page.goto(url)
        const results = await new AxeBuilder({ page }).analyze()
        for (const violation of results.violations) {
          violations.push(
            `${url}: ${violation.impact} ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
          )
        }
      } finally {
        await page.close()
      }
    }
  }
  expect(violations, 'axe violations on the pages this journey visited').toEqual([])
}
