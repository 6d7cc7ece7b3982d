/**
 * Comments as people meet them: a mention that reaches only who may read it,
 * a mention picker that offers only them, the unread count and the way to the
 * comment, a notification's excerpt, a shared comment arriving on an open page
 * without a reload, Markdown without HTML, and history kept.
 */
import { randomBytes } from 'node:crypto'

import { createUser } from './support/db'
import { expect, hydrated, test } from './support/fixtures'
import { comments, postComment } from './support/item-page'
import { openUserMenu } from './support/user-menu'

// Items no other spec comments on.
const ITEM = 'P-23.01'
const LIVE_ITEM = 'P-22.01'
const PICKER_ITEM = 'P-17.01'

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
    const focalMenu = await openUserMenu(focalPage)
    await expect(focalMenu.getByRole('link', { name: /^Notifications \(1\)/ })).toBeVisible()
    await focalMenu.getByRole('link', { name: /^Notifications/ }).click()
    await expect(focalPage.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible()
    await expect(focalPage.getByRole('main')).toContainText(`${author.name} mentioned you in a comment on ${ITEM}`)
    await focalPage.getByRole('button', { name: /^Open/ }).first().click()
    await expect(focalPage).toHaveURL(new RegExp(`/catalogue/${ITEM}\\?comments=all#comment-`))
    // The page scrolled to the comment the address names.
    const target = focalPage.locator(new URL(focalPage.url()).hash)
    await expect(target).toContainText(secret)
    await expect(target).toBeInViewport()
    await expect((await openUserMenu(focalPage)).getByRole('link', { name: /^Notifications$/ })).toBeVisible()

    const mexicanPage = await signedInPage(mexican, `/catalogue/${ITEM}`)
    await expect(comments(mexicanPage)).toBeVisible()
    await expect(mexicanPage.getByRole('main')).not.toContainText(secret)
    const api = await mexicanPage.request.get(`/api/v1/items/${ITEM}/comments`)
    expect(api.status()).toBe(200)
    expect(await api.text()).not.toContain(secret)
    await expect((await openUserMenu(mexicanPage)).getByRole('link', { name: /^Notifications$/ })).toBeVisible()
  })

  test('the mention picker offers only people who can read the comment at its visibility; a mention at “All participants” reaches another delegation, whose notification shows an excerpt', async ({
    signedInPage,
  }) => {
    test.setTimeout(150_000)
    const run = token()
    const author = await createUser({ role: 'delegate', delegationCode: 'DEU', name: `Dieter ${run}` })
    const colleague = await createUser({ role: 'focal_point', delegationCode: 'DEU', name: `Frieda ${run}` })
    const mexican = await createUser({ role: 'delegate', delegationCode: 'MEX', name: `Marisol ${run}` })
    const reviewer = await createUser({ role: 'secretariat_reviewer', delegationCode: 'GFMD', name: `Sara ${run}` })

    // Marisol writes where everyone reads, so Dieter meets her name on the item.
    const mexicanPage = await signedInPage(mexican, `/catalogue/${PICKER_ITEM}`)
    await postComment(mexicanPage, `A question for all ${run}`, 'All participants')

    const authorPage = await signedInPage(author, `/catalogue/${PICKER_ITEM}`)
    const form = await hydrated(comments(authorPage).getByRole('region', { name: 'New comment' }).locator('form'))
    await form.getByText('Mention someone', { exact: true }).click()
    const offered = (person: { name: string }) => form.getByRole('button', { name: new RegExp(`^${person.name} `) })
    const visibleTo = form.getByLabel('Visible to')

    await expect(visibleTo).toHaveValue('delegation')
    await expect(offered(colleague)).toBeVisible()
    await expect(offered(mexican)).toHaveCount(0)
    await expect(offered(reviewer)).toHaveCount(0)

    await visibleTo.selectOption({ label: 'Delegation and secretariat' })
    await expect(offered(reviewer)).toBeVisible()
    await expect(offered(colleague)).toBeVisible()
    await expect(offered(mexican)).toHaveCount(0)

    await visibleTo.selectOption({ label: 'All participants' })
    await expect(offered(mexican)).toBeVisible()
    await expect(offered(reviewer)).toBeVisible()
    await expect(offered(colleague)).toBeVisible()

    await visibleTo.selectOption({ label: 'Delegation only' })
    await expect(offered(mexican)).toHaveCount(0)
    await visibleTo.selectOption({ label: 'All participants' })

    const body = form.getByLabel('Comment', { exact: true })
    await body.fill(`**An answer** for you ${run},`)
    await offered(mexican).click()
    await expect(body).toHaveValue(`**An answer** for you ${run}, @${mexican.email} `)
    await form.getByRole('button', { name: 'Post comment' }).click()
    await expect(form.getByRole('status')).toHaveText('Comment posted.')
    await expect(form).not.toContainText('was not notified')

    await mexicanPage.goto('/notifications')
    const notification = mexicanPage
      .getByRole('listitem')
      .filter({ hasText: `${author.name} mentioned you in a comment on ${PICKER_ITEM}` })
    await expect(notification).toContainText(`An answer for you ${run}, @${mexican.email}`)
    await expect(notification).not.toContainText('**')

    // Deleted, the comment leaves the notification without its words.
    const own = comments(authorPage)
      .getByRole('article', { name: `Comment by ${author.name}` })
      .filter({ hasText: run })
    await own.getByRole('button', { name: 'Delete' }).click()
    await own.getByRole('button', { name: 'Delete comment' }).click()
    await expect(comments(authorPage).getByRole('article', { name: 'Comment deleted' })).toHaveCount(1)
    await mexicanPage.reload()
    await expect(notification).toContainText('This comment has been deleted.')
    await expect(notification).not.toContainText(`An answer for you ${run}`)
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
