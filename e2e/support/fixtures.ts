/**
 * The specs' `test`: a person's own browser, signed in before the journey
 * starts, and the worker's database connection closed when the worker is done.
 * Journeys about signing in itself (sign-in.spec.ts, an invitee's first
 * sign-in, the administrator sent to sign in, OpenID Connect) still go through
 * the form, with `signInThroughForm`.
 */
import {
  test as base,
  expect,
  type APIRequestContext,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from '@playwright/test'

import { auditVisits, recordVisits, type Visits } from './accessibility'
import { closeDb, type TestUser } from './db'

export { expect }

type Fixtures = {
  /** A browser context of the person's own; its pages are checked with axe after the test, and it is closed. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>
  /** A browser context of the person's own (see `newContext`), signed in and landed on `path`. */
  signedInPage: (user: TestUser, path: string) => Promise<Page>
  /** The pages the test's own context (`page`) visits, checked with axe after the test. */
  accessibility: void
}

export const test = base.extend<Fixtures, { database: void }>({
  // `provide` is Playwright's `use`, named so that React's rules of hooks do not take it for React's.
  newContext: async ({ browser, baseURL }, provide) => {
    const visits: Visits[] = []
    await provide(async (options) => {
      const context = await browser.newContext(options)
      visits.push(recordVisits(context, new URL(baseURL ?? '').origin))
      return context
    })
    await auditVisits(visits)
    await Promise.all(visits.map(({ context }) => context.close()))
  },
  signedInPage: async ({ newContext }, provide) => {
    await provide(async (user, path) => {
      const context = await newContext()
      await signInThroughApi(context.request, user)
      const page = await context.newPage()
      await page.goto(path)
      await expect(page).toHaveURL(path)
      await expect(page.getByRole('banner')).toContainText(user.name)
      return page
    })
  },
  accessibility: [
    async ({ context, baseURL }, provide) => {
      const visits = recordVisits(context, new URL(baseURL ?? '').origin)
      await provide()
      await auditVisits([visits])
    },
    { auto: true },
  ],
  database: [
    async ({}, provide) => {
      await provide()
      await closeDb()
    },
    { scope: 'worker', auto: true },
  ],
})

/**
 * Signs in through Auth.js's credentials endpoint, the provider the sign-in
 * form's action calls, without loading the form: the session cookie lands in
 * the request's browser context.
 */
export async function signInThroughApi(request: APIRequestContext, user: TestUser): Promise<void> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email: user.email, password: user.password, csrfToken },
    maxRedirects: 0,
  })
  // Auth.js answers a refused sign-in with a redirect to the sign-in page and its error.
  const location = response.headers()['location'] ?? ''
  if (response.status() !== 302 || location.includes('/sign-in')) {
    throw new Error(`${user.email} could not sign in: ${response.status()} ${location}`)
  }
}

/** Fills in and submits the sign-in form the page shows. */
export async function signInThroughForm(page: Page, email: string, password: string) {
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

/** Waits until React owns the element, so a submit goes through the action (and extra fields added to the DOM stay put). */
export async function hydrated(locator: Locator): Promise<Locator> {
  await expect.poll(() => locator.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber')))).toBe(true)
  return locator
}

/** A JSON answer of the API as the page's person reads it, after checking it is a 200. */
export async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path)
  expect(response.status(), path).toBe(200)
  return (await response.json()) as T
}
