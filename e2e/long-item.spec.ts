/**
 * An item many delegations work on: the page opens on the newest comments
 * and shares, says how many more there are, and one link (reached from the
 * keyboard) shows them all, with the live thread and the new-comment form
 * still working.
 */
import { randomUUID } from 'node:crypto'

import { COMMENTS_SHOWN, SHARES_SHOWN } from '@/lib/workspace/first-view'

import { connectDb } from './support/db'
import { expect, hydrated, signInThroughApi, test } from './support/fixtures'
import { createHostileDelegation, createNamedUser } from './support/hostile-inputs'
import { comments, postComment } from './support/item-page'

// An item no other spec writes on.
const ITEM = 'R-20.01'
const EARLIER = 3

test('a long thread and a long list of shares open on the newest, and show everything on request', async ({ page }) => {
  const run = randomUUID().slice(0, 6)
  const own = await createHostileDelegation(`Long thread delegation ${run}`)
  const focalPoint = await createNamedUser('focal_point', own.code, `Focal point ${run}`)
  const db = await connectDb()
  const item = await db.item.findUniqueOrThrow({ where: { code: ITEM }, select: { id: true } })
  const author = await db.user.findUniqueOrThrow({ where: { email: focalPoint.email }, select: { id: true, delegationId: true } })
  // Comments at the delegation's own level, a minute apart, so only this delegation reads them and their order is known.
  const start = Date.now() - 24 * 60 * 60 * 1000
  await db.comment.createMany({
    data: Array.from({ length: COMMENTS_SHOWN + EARLIER }, (_, index) => ({
      itemId: item.id,
      delegationId: author.delegationId!,
      authorId: author.id,
      body: `Thread ${run} comment ${index + 1}`,
      visibility: 'delegation' as const,
      createdAt: new Date(start + index * 60_000),
    })),
  })
  // More delegations sharing a position with everyone than the first view lists.
  const sharers = SHARES_SHOWN + 2
  for (let index = 0; index < sharers; index += 1) {
    const delegation = await createHostileDelegation(`Sharer ${run} ${String(index + 1).padStart(2, '0')}`)
    const position = await db.position.create({
      data: {
        itemId: item.id,
        delegationId: (await db.delegation.findUniqueOrThrow({ where: { code: delegation.code }, select: { id: true } })).id,
        stance: 'support',
        rationale: `Shared by sharer ${index + 1}.`,
        version: 1,
        updatedById: author.id,
      },
      select: { id: true },
    })
    await db.positionShare.create({
      data: {
        positionId: position.id,
        version: 1,
        visibility: 'all_participants',
        stance: 'support',
        rationale: `Shared by sharer ${index + 1}.`,
        sharedById: author.id,
        sharedAt: new Date(start + index * 60_000),
        isCurrent: true,
      },
    })
  }

  await signInThroughApi(page.request, focalPoint)
  await page.goto(`/catalogue/${ITEM}`)
  const thread = comments(page)
  await expect(thread.getByText(`${EARLIER} earlier comments are not shown.`)).toBeVisible()
  await expect(thread.getByText(`Thread ${run} comment ${EARLIER + 1}`, { exact: true })).toBeVisible()
  await expect(thread.getByText(`Thread ${run} comment 1`, { exact: true })).toHaveCount(0)
  await expect(thread.getByRole('article')).toHaveCount(COMMENTS_SHOWN)

  const shared = page.getByRole('region', { name: 'Shared positions' })
  await expect(shared.getByRole('article')).toHaveCount(SHARES_SHOWN)
  await expect(shared.getByText(`Showing ${SHARES_SHOWN} of`)).toBeVisible()
  // Newest first: the last sharer is listed, the first is not yet.
  await expect(shared.getByRole('heading', { name: `Sharer ${run} ${String(sharers).padStart(2, '0')}` })).toBeVisible()
  await expect(shared.getByRole('heading', { name: `Sharer ${run} 01` })).toHaveCount(0)

  // The whole thread, from the keyboard.
  const showAll = thread.getByRole('link', { name: 'Show all comments' })
  await showAll.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/catalogue/${ITEM}\\?comments=all#comments$`))
  await expect(thread.getByText(`Thread ${run} comment 1`, { exact: true })).toBeVisible()
  await expect(thread.getByRole('article')).toHaveCount(COMMENTS_SHOWN + EARLIER)
  await expect(thread.getByText('earlier comments are not shown')).toHaveCount(0)
  // The shares are still the first view's; the comments stay whole when the shares are opened too.
  await shared.getByRole('link', { name: /^Show all \d+ shared positions/ }).click()
  await expect(page).toHaveURL(/comments=all/)
  await expect(page).toHaveURL(/shares=all#shared-position$/)
  await expect(shared.getByRole('heading', { name: `Sharer ${run} 01` })).toBeVisible()
  await expect(thread.getByRole('article')).toHaveCount(COMMENTS_SHOWN + EARLIER)

  // The thread still takes a new comment, which joins the end of it.
  await hydrated(thread.getByRole('region', { name: 'New comment' }).locator('form'))
  await postComment(page, `Thread ${run} the newest`, 'Delegation only')
  await expect(thread.getByRole('article').last()).toContainText(`Thread ${run} the newest`)
})
