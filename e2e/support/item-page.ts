/** What a person does on an item page, for specs that follow their journeys. */
import { expect, type Browser, type Locator, type Page } from '@playwright/test'

import type { TestUser } from './db'

/** A browser of the person's own, signed in through the real form and landed on `path`. */
export async function signedInPage(browser: Browser, user: TestUser, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(path)}`)
  await page.getByLabel('Email address').fill(user.email)
  await page.getByLabel('Password', { exact: true }).fill(user.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(path)
  await expect(page.getByRole('banner')).toContainText(user.name)
  return page
}

/** Waits until React owns the form, so a submit goes through the action (and extra fields added to the DOM stay put). */
export async function hydrated(form: Locator): Promise<Locator> {
  await expect.poll(() => form.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber')))).toBe(true)
  return form
}

export function ownPosition(page: Page): Locator {
  return page.getByRole('region', { name: 'Your delegation’s position' })
}

export function sharedPositions(page: Page): Locator {
  return page.getByRole('region', { name: 'Shared positions' })
}

export async function draftForm(page: Page): Promise<Locator> {
  return hydrated(
    ownPosition(page)
      .locator('form')
      .filter({ has: page.getByRole('button', { name: 'Save draft' }) }),
  )
}

export type DraftInput = { stance?: string; rationale: string; proposedWording?: string }

export async function fillDraft(page: Page, draft: DraftInput) {
  const form = await draftForm(page)
  if (draft.stance) await form.getByLabel('Stance').selectOption({ label: draft.stance })
  await form.getByLabel('Rationale').fill(draft.rationale)
  if (draft.proposedWording !== undefined) await form.getByLabel('Proposed wording (optional)').fill(draft.proposedWording)
}

export async function saveDraft(page: Page, draft: DraftInput, expectedVersion: number) {
  await fillDraft(page, draft)
  await ownPosition(page).getByRole('button', { name: 'Save draft' }).click()
  await expect(ownPosition(page).getByRole('status')).toHaveText(`Draft saved as version ${expectedVersion}.`)
}

export async function sharePosition(page: Page, visibility: 'Delegation and secretariat' | 'All participants', version: number) {
  const form = await hydrated(
    ownPosition(page)
      .locator('form')
      .filter({ has: page.getByLabel('Share with') }),
  )
  await form.getByLabel('Share with').selectOption({ label: visibility })
  await form.getByRole('button', { name: `Share version ${version}` }).click()
  const phrase = visibility === 'All participants' ? 'all participants' : 'the secretariat'
  await expect(form.getByRole('status')).toHaveText(`Version ${version} shared with ${phrase}.`)
}

export function comments(page: Page): Locator {
  return page.getByRole('region', { name: 'Comments' })
}

export async function postComment(
  page: Page,
  body: string,
  visibility: 'Delegation only' | 'Delegation and secretariat' | 'All participants',
) {
  const form = await hydrated(comments(page).getByRole('region', { name: 'New comment' }).locator('form'))
  await form.getByLabel('Comment', { exact: true }).fill(body)
  await form.getByLabel('Visible to').selectOption({ label: visibility })
  await form.getByRole('button', { name: 'Post comment' }).click()
  await expect(form.getByRole('status')).toHaveText('Comment posted.')
}
