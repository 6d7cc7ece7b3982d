/**
 * A delegation's day, as issue 5 describes it: a German delegate drafts a
 * position with proposed wording, comments and mentions the focal point, the
 * focal point shares it, the secretariat sees it, and a Mexican delegate sees
 * only what was shared with all participants.
 */
import { randomBytes } from 'node:crypto'

import { createUser } from './support/db'
import { expect, test } from './support/fixtures'
import { comments, ownPosition, postComment, saveDraft, sharedPositions, sharePosition } from './support/item-page'
import { openUserMenu } from './support/user-menu'

// An item no other spec writes on.
const ITEM = 'E-16.10'

test('a position goes from a German delegate’s draft to the secretariat and then to everyone', async ({ signedInPage }) => {
  test.setTimeout(180_000)
  const run = randomBytes(4).toString('hex')
  const delegate = await createUser({ role: 'delegate', delegationCode: 'DEU', name: `Dora ${run}` })
  const focalPoint = await createUser({ role: 'focal_point', delegationCode: 'DEU', name: `Fritz ${run}` })
  const secretariat = await createUser({ role: 'secretariat_reviewer', delegationCode: 'GFMD', name: `Sofia ${run}` })
  const mexican = await createUser({ role: 'delegate', delegationCode: 'MEX', name: `Mateo ${run}` })
  const itemPath = `/catalogue/${ITEM}`
  const rationale = `Germany supports this with a change ${run}`
  const wording = `Build mechanisms of trade missions and interstate cooperation ${run}`
  const comment = `Please review before sharing ${run}`

  // 1. The delegate drafts a position with proposed wording, shown as changes to the item's text.
  const delegatePage = await signedInPage(delegate, itemPath)
  await saveDraft(delegatePage, { stance: 'Support with amendments', rationale, proposedWording: wording }, 1)
  await expect(ownPosition(delegatePage).locator('ins').first()).toBeVisible()
  await expect(ownPosition(delegatePage).locator('del').first()).toBeVisible()

  // 2. … and asks the focal point in a delegation-only comment.
  await postComment(delegatePage, `${comment} @${focalPoint.email}`, 'Delegation only')

  // 3. The focal point is notified, reads the draft and shares it with the secretariat.
  const focalPage = await signedInPage(focalPoint, itemPath)
  await expect((await openUserMenu(focalPage)).getByRole('link', { name: /^Notifications \(1\)/ })).toBeVisible()
  await expect(comments(focalPage)).toContainText(comment)
  await expect(ownPosition(focalPage)).toContainText(rationale)
  await sharePosition(focalPage, 'Delegation and secretariat', 1)

  // 4. The secretariat sees the shared position, but not the delegation's own comment.
  const secretariatPage = await signedInPage(secretariat, itemPath)
  const germany = sharedPositions(secretariatPage).getByRole('article', { name: 'Germany' })
  await expect(germany).toContainText(rationale)
  await expect(germany).toContainText(wording)
  await expect(secretariatPage.getByRole('main')).not.toContainText(comment)

  // 5. A Mexican delegate sees nothing of it until it is shared with all participants.
  const mexicanPage = await signedInPage(mexican, itemPath)
  await expect(mexicanPage.getByRole('main')).not.toContainText(rationale)
  await expect(mexicanPage.getByRole('main')).not.toContainText(comment)

  await focalPage.reload()
  await sharePosition(focalPage, 'All participants', 1)
  await mexicanPage.reload()
  await expect(sharedPositions(mexicanPage).getByRole('article', { name: 'Germany' })).toContainText(rationale)
  await expect(mexicanPage.getByRole('main')).not.toContainText(comment)

  // The history shows exactly what happened: one save, two shares.
  await focalPage.reload()
  const history = ownPosition(focalPage).getByRole('region', { name: 'History' })
  await expect(history.getByRole('listitem')).toHaveCount(3)
  await expect(history).toContainText('Version 1 shared with all participants')
  await expect(history).toContainText('Version 1 shared with delegation and secretariat')
  await expect(history).toContainText(`Version 1 saved by ${delegate.name}`)
})
