/**
 * Sharing must not be undone by accident: the share form shows the level the
 * current share reaches, withdrawing from people asks first, and a draft that
 * says nothing is not saved.
 */
import { randomBytes } from 'node:crypto'

import { createUser } from './support/db'
import { expect, hydrated, test } from './support/fixtures'
import { draftForm, ownPosition, saveDraft, sharePosition } from './support/item-page'

// An item and a delegation no other spec writes on.
const ITEM = 'E-16.12'
const DELEGATION = 'FRA'

test('a French focal point keeps the level shared, and withdrawing asks who will stop seeing it', async ({ signedInPage }) => {
  test.setTimeout(120_000)
  const run = randomBytes(4).toString('hex')
  const focalPoint = await createUser({ role: 'focal_point', delegationCode: DELEGATION, name: `Françoise ${run}` })
  const page = await signedInPage(focalPoint, `/catalogue/${ITEM}`)
  const panel = ownPosition(page)

  await test.step('an empty draft is refused beside the form, and nothing is saved', async () => {
    const form = await draftForm(page)
    await form.getByRole('button', { name: 'Save draft' }).click()
    await expect(form.getByLabel('Rationale')).toHaveAccessibleDescription(/an empty draft is not saved/)
    await expect(form.getByLabel('Rationale')).toBeFocused()
    await page.reload()
    await expect(panel).toContainText('No draft yet.')
  })

  await saveDraft(page, { stance: 'Support', rationale: `France supports this ${run}` }, 1)
  await sharePosition(page, 'All participants', 1)
  const shareForm = await hydrated(panel.locator('form').filter({ has: page.getByLabel('Share with') }))

  await test.step('after sharing, the form shows the level shared, also on the next visit', async () => {
    await expect(shareForm.getByLabel('Share with')).toHaveValue('all_participants')
    await page.reload()
    await expect(shareForm.getByLabel('Share with')).toHaveValue('all_participants')
  })

  await test.step('withdrawing asks first; cancelling changes nothing', async () => {
    await shareForm.getByLabel('Share with').selectOption({ label: 'Delegation only' })
    await shareForm.getByRole('button', { name: 'Share version 1' }).click()
    const confirmation = shareForm.getByRole('alertdialog', { name: 'Withdraw the share from the secretariat and the other delegations?' })
    await expect(confirmation).toContainText('It is shared with all participants now.')
    await confirmation.getByRole('button', { name: 'Cancel' }).click()
    await expect(confirmation).toBeHidden()
    await page.reload()
    await expect(panel).toContainText('Version 1 is shared with all participants.')
    await expect(shareForm.getByLabel('Share with')).toHaveValue('all_participants')
  })

  await test.step('confirming withdraws it', async () => {
    await shareForm.getByLabel('Share with').selectOption({ label: 'Delegation and secretariat' })
    await shareForm.getByRole('button', { name: 'Share version 1' }).click()
    const confirmation = shareForm.getByRole('alertdialog', { name: 'Withdraw the share from the other delegations?' })
    await confirmation.getByRole('button', { name: 'Withdraw and share version 1' }).click()
    await expect(shareForm.getByRole('status')).toHaveText('Version 1 shared with the secretariat.')
    await expect(shareForm.getByLabel('Share with')).toHaveValue('delegation_and_secretariat')
    await expect(panel).toContainText('Version 1 is shared with the secretariat.')
  })

  await test.step('sharing wider asks nothing', async () => {
    await shareForm.getByLabel('Share with').selectOption({ label: 'All participants' })
    await shareForm.getByRole('button', { name: 'Share version 1' }).click()
    await expect(shareForm.getByRole('status')).toHaveText('Version 1 shared with all participants.')
    await expect(shareForm.getByRole('alertdialog')).toHaveCount(0)
  })
})
