/**
 * The secretariat's review, as the people do it: a reviewer finds a Germany
 * position in the queue, asks for clarification, the Germany focal point is
 * notified and answers, the reviewer includes the position; a new share
 * starts again at not reviewed and shows what changed. Reviewer notes never
 * reach the delegation.
 */
import { randomBytes } from 'node:crypto'

import { convergence, convergenceRow, coverageCell, coverageTableCell } from './support/dashboards'
import { createUser } from './support/db'
import { expect, getJson, hydrated, test } from './support/fixtures'
import { ownPosition, saveDraft, sharePosition } from './support/item-page'

// An item no other spec writes on.
const ITEM = 'R-20.04'
const QUEUE = `/review?delegation=DEU&item=${ITEM}`

test('a reviewer asks Germany for clarification, Germany answers, and the position is included', async ({ signedInPage }) => {
  test.setTimeout(180_000)
  const run = randomBytes(4).toString('hex')
  const focalPoint = await createUser({ role: 'focal_point', delegationCode: 'DEU', name: `Greta ${run}` })
  const reviewer = await createUser({ role: 'secretariat_reviewer', name: `Rosa ${run}` })
  const note = `Consistent with the Berlin paper ${run}`

  const germany = await signedInPage(focalPoint, `/catalogue/${ITEM}`)
  await saveDraft(germany, { stance: 'Support with amendments', rationale: `Germany supports it with care ${run}` }, 1)
  await sharePosition(germany, 'Delegation and secretariat', 1)

  const secretariat = await signedInPage(reviewer, QUEUE)
  const entry = secretariat.getByRole('article', { name: `Germany: position on ${ITEM}` })

  await test.step('the queue lists the shared position, not reviewed, and opens with the keyboard', async () => {
    await expect(secretariat.getByRole('heading', { name: '1 input matches' })).toBeVisible()
    await expect(entry).toContainText('Not reviewed')
    await expect(entry).toContainText(`Germany supports it with care ${run}`)
    await expect(entry).toContainText(`shared by Greta ${run} with delegation and secretariat`)
    await entry.getByRole('link', { name: `Germany: position on ${ITEM}` }).focus()
    await secretariat.keyboard.press('Enter')
    await expect(secretariat.getByRole('heading', { level: 1, name: `Germany: position on ${ITEM}` })).toBeVisible()
  })

  await test.step('the reviewer asks for clarification and keeps a private note', async () => {
    const ask = await hydrated(secretariat.locator('form').filter({ has: secretariat.getByLabel('Ask the delegation for clarification') }))
    await ask.getByLabel('Ask the delegation for clarification').fill('Which amendment do you have in mind?')
    await ask.getByRole('button', { name: 'Request clarification' }).click()
    await expect(ask.getByRole('status')).toHaveText('Clarification requested. The delegation’s focal points were notified.')
    await expect(ask.getByRole('status')).toBeFocused()
    await expect(secretariat.getByRole('article', { name: 'Question on version 1' })).toContainText('Awaiting the delegation’s answer')

    const notes = await hydrated(secretariat.locator('form').filter({ has: secretariat.getByLabel('Add a note') }))
    await notes.getByLabel('Add a note').fill(note)
    await notes.getByRole('button', { name: 'Save note' }).click()
    await expect(notes.getByRole('status')).toHaveText('Note saved. Only the secretariat can read it.')
    await expect(secretariat.getByRole('region', { name: 'Reviewer notes' })).toContainText(note)
    await expect(secretariat.getByRole('region', { name: 'Review history' })).toContainText(
      'version 1 from “Not reviewed” to “Clarification requested”',
    )
  })

  await test.step('the Germany focal point finds the request in the tracker and in the notifications, and answers it', async () => {
    await germany.goto(`/delegation?q=${ITEM}`)
    await expect(germany.getByRole('link', { name: `The secretariat asks a question on ${ITEM}` })).toBeVisible()
    await expect(germany.getByRole('row', { name: new RegExp(ITEM) })).toContainText('Clarification requested')
    await germany.goto('/notifications')
    const request = germany
      .getByRole('listitem')
      .filter({ hasText: `The GFMD secretariat asks Germany for clarification on its position on ${ITEM}` })
    await expect(request).toContainText('Clarification requested')
    await request.getByRole('button', { name: /^Open/ }).click()
    await expect(germany).toHaveURL(new RegExp(`/catalogue/${ITEM}#clarification-`))
    const review = germany.getByRole('region', { name: 'The secretariat’s review' })
    await expect(review).toContainText('Which amendment do you have in mind?')
    await expect(review).toContainText('Clarification requested')
    const answer = await hydrated(review.locator('form'))
    await answer.getByLabel('Your answer').fill('The second sentence should name regular pathways.')
    await answer.getByRole('button', { name: 'Send answer' }).click()
    await expect(answer.getByRole('status')).toHaveText('Answer sent.')
    await expect(review).toContainText('The second sentence should name regular pathways.')
    await expect(germany.locator('body')).not.toContainText(note)
    for (const path of [
      '/api/v1/delegations/DEU/positions',
      `/api/v1/positions?item=${ITEM}`,
      `/api/v1/statuses?item=${ITEM}`,
      `/api/v1/items/${ITEM}/comments`,
      '/api/v1/dashboards',
    ]) {
      expect(JSON.stringify(await getJson(germany, path)), path).not.toContain(note)
    }
  })

  await test.step('the queue shows the answer, and the reviewer includes the position', async () => {
    await secretariat.goto(QUEUE)
    await expect(entry).toContainText('Delegation answered')
    await entry.getByRole('link', { name: `Germany: position on ${ITEM}` }).click()
    await expect(secretariat.getByRole('article', { name: 'Question on version 1' })).toContainText(
      'The second sentence should name regular pathways.',
    )
    const decision = await hydrated(secretariat.getByRole('region', { name: 'Review decision' }).locator('form'))
    await decision.getByRole('button', { name: 'Include in the contribution' }).click()
    await expect(decision.getByRole('status')).toHaveText('Marked “Included in the contribution” for version 1.')
    await expect(secretariat.getByRole('region', { name: 'Review history' })).toContainText(
      'version 1 from “Clarification requested” to “Included in the contribution”',
    )
    await germany.reload()
    await expect(germany.getByRole('region', { name: 'The secretariat’s review' })).toContainText(
      /Position, shared version 1:\s*Included in the contribution/,
    )
    await germany.goto(`/delegation?q=${ITEM}`)
    await expect(germany.getByRole('row', { name: new RegExp(ITEM) })).toContainText('Included in the contribution')
    await expect(germany.getByRole('link', { name: `The secretariat asks a question on ${ITEM}` })).toHaveCount(0)
  })

  await test.step('the coverage and convergence dashboards show the included position, in the chart and in the table', async () => {
    await secretariat.goto('/dashboards?group=western-european-and-others-group')
    await expect(coverageCell(secretariat, ITEM, 'Germany')).toHaveText(`${ITEM}, Germany: shared`)
    await expect(await coverageTableCell(secretariat, ITEM, 'Germany')).toHaveText('Shared')
    await expect(
      convergence(secretariat)
        .getByRole('img', { name: /Convergence chart/ })
        .locator('title')
        .filter({ hasText: `${ITEM}:` }),
    ).toHaveText([`${ITEM}: Support with amendments 1 of 1`])
    await expect(convergenceRow(secretariat, ITEM).getByRole('cell')).toHaveText(['0', '1', '0', '0', '0', '1', '0.00'])
    await expect(secretariat.getByRole('region', { name: 'Activity' })).toContainText(
      `Rosa ${run} marked version 1 of Germany’s position “Included in the contribution”`,
    )
  })

  await test.step('a new share starts again at not reviewed and shows what changed since the version included', async () => {
    await germany.goto(`/catalogue/${ITEM}`)
    await saveDraft(germany, { rationale: `Germany supports it fully ${run}` }, 2)
    await sharePosition(germany, 'Delegation and secretariat', 2)
    await expect(ownPosition(germany)).toContainText('Version 2 is shared with the secretariat.')
    await secretariat.goto(`${QUEUE}&state=not_reviewed`)
    await expect(entry).toContainText('Not reviewed')
    const changes = entry.getByText('Changed since reviewed version 1').locator('..')
    await expect(changes.locator('del')).toContainText('with care')
    await expect(changes.locator('ins')).toContainText('fully')
  })
})

test('the review queue and an input’s review page are the secretariat’s alone', async ({ signedInPage }) => {
  const run = randomBytes(4).toString('hex')
  const focalPoint = await createUser({ role: 'focal_point', delegationCode: 'DEU', name: `Gustav ${run}` })
  const page = await signedInPage(focalPoint, '/')
  for (const path of ['/review', '/review/position/abcdefghij1234567890']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(403)
  }
  await expect(page.getByRole('navigation').first()).not.toContainText('Review')
})
