/**
 * Comments as people meet them: a mention that reaches only who may read it,
 * the unread count and the way to the comment, a shared comment arriving on an
 * open page without a reload, Markdown without HTML, and history kept.
 */
import { randomBytes } from 'node:crypto'

import { createUser } from './support/db'
import { expect, test } from './support/fixtures'
import { comments, postComment } from './support/item-page'

// Items no other spec comments on.
const ITEM = 'P-23.01'
const LIVE_ITEM = 'P-22.01'

function token(): string {
  return randomBytes(5).toString('hex')
}

test.describe('comments', () => {
  test('a delegation-only mention reaches the focal point, who lands on it; another delegation never sees it', async ({ signedInPage }) => {
    test.setTimeout(120_000)
    const run = token()
    const author = await createUser({ role: 'delegate', delegationCode: 'DEU', name: `Dieter ${run}` })
    const focalPoint = await createUser({ role: 'focal_point', delegationCode: 'DEU', name: `Frieda ${run}` })
    const mexican = await createUser({ role: 'delegate', delegationCode: 'MEX', name: `Marisol ${run}` })
    const secret = `Only for Germany ${run}`

    const authorPage = await signedInPage(author, `/catalogue/${ITEM}`)
    await postComment(authorPage, `${secret}, please check @${focalPoint.email}`, 'Delegation only')
    await expect(comments(authorPage).getByRole('article', { name: `Comment by ${author.name}` })).toContainText(secret)

    const focalPage = await signedInPage(focalPoint, '/catalogue')
    await expect(focalPage.getByRole('banner').getByRole('link', { name: /^Notifications \(1\)/ })).toBeVisible()
    await focalPage
      .getByRole('banner')
      .getByRole('link', { name: /^Notifications/ })
      .click()
    await expect(focalPage.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible()
    await expect(focalPage.getByRole('main')).toContainText(`${author.name} mentioned you in a comment on ${ITEM}`)
    await focalPage.getByRole('button', { name: /^Open/ }).first().click()
    await expect(focalPage).toHaveURL(new RegExp(`/catalogue/${ITEM}#comment-`))
    // The page scrolled to the comment the address names.
    const target = focalPage.locator(new URL(focalPage.url()).hash)
    await expect(target).toContainText(secret)
    await expect(target).toBeInViewport()
    await expect(focalPage.getByRole('banner').getByRole('link', { name: /^Notifications$/ })).toBeVisible()

    const mexicanPage = await signedInPage(mexican, `/catalogue/${ITEM}`)
    await expect(comments(mexicanPage)).toBeVisible()
    await expect(mexicanPage.getByRole('main')).not.toContainText(secret)
    const api = await mexicanPage.request.get(`/api/v1/items/${ITEM}/comments`)
    expect(api.status()).toBe(200)
    expect(await api.text()).not.toContain(secret)
    await expect(mexicanPage.getByRole('banner').getByRole('link', { name: /^Notifications$/ })).toBeVisible()
  })

  test('a comment shared with all participants appears on an open page within 10 s; Markdown renders, HTML does not', async ({
    signedInPage,
  }) => {
    test.setTimeout(120_000)
    const run = token()
    const author = await createUser({ role: 'delegate', delegationCode: 'DEU', name: `Dieter ${run}` })
    const mexican = await createUser({ role: 'delegate', delegationCode: 'MEX', name: `Marisol ${run}` })

    const mexicanPage = await signedInPage(mexican, `/catalogue/${LIVE_ITEM}`)
    await expect(comments(mexicanPage)).toBeVisible()
    const authorPage = await signedInPage(author, `/catalogue/${LIVE_ITEM}`)
    await postComment(authorPage, `Shared ${run} with **bold words** and <script>alert(1)</script>`, 'All participants')

    const arrived = comments(mexicanPage).getByRole('article', { name: `Comment by ${author.name}` })
    await expect(arrived).toContainText(`Shared ${run}`, { timeout: 10_000 })
    await expect(arrived.locator('strong')).toHaveText('bold words')
    await expect(arrived).toContainText('<script>alert(1)</script>')
    expect(await arrived.locator('script').count()).toBe(0)
    await expect(comments(mexicanPage).getByRole('status').first()).toHaveText('1 new comment')
  })

  test('editing keeps the earlier text in history; deleting leaves “Comment deleted”', async ({ signedInPage }) => {
    test.setTimeout(90_000)
    const run = token()
    const author = await createUser({ role: 'delegate', delegationCode: 'DEU', name: `Dieter ${run}` })
    const page = await signedInPage(author, `/catalogue/${ITEM}`)
    await postComment(page, `First words ${run}`, 'Delegation only')

    const own = comments(page)
      .getByRole('article', { name: `Comment by ${author.name}` })
      .filter({ hasText: run })
    await own.getByRole('button', { name: 'Edit' }).click()
    await own.getByLabel('Edit comment').fill(`Second words ${run}`)
    await own.getByRole('button', { name: 'Save changes' }).click()
    await expect(own.locator('p').filter({ hasText: `Second words ${run}` })).toBeVisible()
    await expect(own).toContainText('(edited)')
    await own.getByText('Earlier versions (1)').click()
    await expect(own).toContainText(`First words ${run}`)

    await own.getByRole('button', { name: 'Delete' }).click()
    await own.getByRole('button', { name: 'Delete comment' }).click()
    await expect(comments(page).getByRole('article', { name: 'Comment deleted' })).toHaveCount(1)
    await page.reload()
    await expect(comments(page).getByRole('article', { name: 'Comment deleted' })).toHaveCount(1)
    await expect(page.getByRole('main')).not.toContainText(`Second words ${run}`)
  })
})
