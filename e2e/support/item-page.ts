/** What a person does on an item page, for specs that follow their journeys. */
import { expect, type Locator, type Page } from '@playwright/test'

import { hydrated } from './fixtures'

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

/** Adds hidden fields to a form, as someone forging its request would. */
export async function addHiddenFields(form: Locator, fields: Record<string, string>) {
  await form.evaluate((element, entries) => {
    for (const [name, value] of Object.entries(entries)) {
      const input = document.createElement('input')
      input.type = 'hidden'
      input.name = name
      input.value = value
      element.append(input)
    }
  }, fields)
}
