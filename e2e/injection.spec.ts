/**
 * Issue 12, "Injection", in the pages: the XSS corpus (lib/testing/xss-corpus.ts)
 * typed into every text field through the forms (rationale, proposed wording,
 * comment, the secretariat's question, the answer, the reviewer's note), plus
 * an evidence and a delegation and people whose names are hostile; then every
 * page that shows them, as each role that reads them: no dialog opens, no
 * payload ran (`window.__xss` stays unset), no element or attribute a payload
 * carries is in the DOM, and the plain-text fields show the payload as text.
 */
import { randomBytes } from 'node:crypto'

import type { Page } from '@playwright/test'

import { allPayloadsText, xssPayloads } from '@/lib/testing/xss-corpus'

import { connectDb, createUser } from './support/db'
import { expect, hydrated, test } from './support/fixtures'
import { createHostileDelegation, createNamedUser, createSharedStatus, selectCommentsForSubmission } from './support/hostile-inputs'
import { comments, ownPosition, postComment, saveDraft, sharePosition } from './support/item-page'

// An item no other spec writes on.
const ITEM = 'R-19.02'
const hostileLink = 'https://example.org/?q=<script>window.__xss=23</script>&a="b"'

/** The lines a plain-text field shows, one per payload (a tab or CR at a line's start is whitespace to the page). */
const payloadLines = xssPayloads.flatMap(({ text }) => text.split('\n')).map((line) => line.trim())

const REACT_FORM_ACTION = "javascript:throw new Error('React form unexpectedly submitted.')"
// React DOM's own, once a hydrated form's action is a function of the browser's (useFormActionState's catch).
const REACT_DOM_FORM_ACTION =
  "javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')"

/** Everything a payload would have put in the DOM had it been parsed as HTML, or run had it been script. */
async function injectedInto(page: Page) {
  return page.evaluate(
    ([REACT_FORM_ACTION, REACT_DOM_FORM_ACTION]) => {
      const elements = [...document.querySelectorAll('*')]
      const eventAttributes = elements.flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => attribute.name.startsWith('on'))
          .map((attribute) => `${element.tagName} ${attribute.name}`),
      )
      const scriptUrls = elements.flatMap((element) =>
        ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc']
          .map((name) => element.getAttribute(name))
          .filter((value): value is string => value !== null && /^\s*(javascript|data|vbscript):/i.test(value))
          // React's own, on every form whose action is a server action, should the form be submitted before hydration.
          .filter((value) => value !== REACT_FORM_ACTION && value !== REACT_DOM_FORM_ACTION),
      )
      // Next's own inline scripts carry the page's data (the payloads with it, as JSON strings); any other one is injected.
      const scripts = [...document.scripts].filter(
        (script) => !script.src && !script.text.startsWith('self.__next_f') && script.text.includes('__xss'),
      )
      return {
        ran: (window as unknown as { __xss?: unknown }).__xss ?? null,
        eventAttributes,
        scriptUrls,
        scripts: scripts.map((script) => script.text.slice(0, 80)),
        iframes: document.querySelectorAll('iframe').length,
        injectedStyles: [...document.querySelectorAll('style')].filter((style) => style.textContent?.includes('javascript:')).length,
        xmlElements: document.getElementsByTagName('w:t').length + document.getElementsByTagName('x').length,
      }
    },
    [REACT_FORM_ACTION, REACT_DOM_FORM_ACTION],
  )
}

async function expectInert(page: Page, dialogs: string[], what: string) {
  await page.waitForLoadState('load')
  expect(await injectedInto(page), what).toEqual({
    ran: null,
    eventAttributes: [],
    scriptUrls: [],
    scripts: [],
    iframes: 0,
    injectedStyles: 0,
    xmlElements: 0,
  })
  expect(dialogs, `${what}: dialogs`).toEqual([])
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return dialogs
}

test('the XSS corpus in every field is shown as text, and nothing of it runs, for every role that reads it', async ({ signedInPage }) => {
  test.setTimeout(240_000)
  const run = randomBytes(4).toString('hex')
  const delegation = await createHostileDelegation(`<img src=x onerror=window.__xss=30>Hostile ${run} </w:t>]]>`)
  const focalPoint = await createNamedUser('focal_point', delegation.code, `<svg onload=window.__xss=31>Frieda ${run}`)
  const reviewer = await createUser({
    role: 'secretariat_reviewer',
    delegationCode: 'GFMD',
    name: `Rosa ${run} "><script>window.__xss=32</script>`,
  })
  const otherDelegate = await createUser({ role: 'delegate', delegationCode: 'MEX', name: `Mateo ${run}` })

  const own = await signedInPage(focalPoint, `/catalogue/${ITEM}`)
  const ownDialogs = watchDialogs(own)

  await test.step('the focal point saves, shares and comments with every payload, and sees them as text', async () => {
    await saveDraft(own, { stance: 'Support with amendments', rationale: allPayloadsText, proposedWording: allPayloadsText }, 1)
    // The form keeps exactly what was typed after the save.
    await expect(ownPosition(own).getByLabel('Rationale')).toHaveValue(allPayloadsText.replace(/\r\n?/g, '\n'))
    await sharePosition(own, 'All participants', 1)
    await postComment(own, allPayloadsText, 'Delegation and secretariat')
    await createSharedStatus(focalPoint.email, ITEM, allPayloadsText, [hostileLink])
    expect(await selectCommentsForSubmission(delegation.code, ITEM)).toBe(1)
    await own.reload()
    for (const line of payloadLines) await expect(ownPosition(own)).toContainText(line)
    await expect(comments(own)).toContainText('window.__xss=1;alert("script")')
    await expectInert(own, ownDialogs, 'item page, own delegation')
  })

  const secretariat = await signedInPage(reviewer, `/catalogue/${ITEM}`)
  const secretariatDialogs = watchDialogs(secretariat)
  const db = await connectDb()
  const position = await db.position.findFirstOrThrow({ where: { delegation: { code: delegation.code }, item: { code: ITEM } } })

  await test.step('the secretariat reads them on the item page, asks a question and keeps a note with every payload', async () => {
    await expect(secretariat.locator('main')).toContainText(delegation.name)
    for (const line of payloadLines) await expect(secretariat.locator('main')).toContainText(line)
    await expectInert(secretariat, secretariatDialogs, 'item page, secretariat')

    await secretariat.goto(`/review/position/${position.id}`)
    const ask = await hydrated(secretariat.locator('form').filter({ has: secretariat.getByLabel('Ask the delegation for clarification') }))
    await ask.getByLabel('Ask the delegation for clarification').fill(allPayloadsText)
    await ask.getByRole('button', { name: 'Request clarification' }).click()
    await expect(ask.getByRole('status')).toHaveText('Clarification requested. The delegation’s focal points were notified.')
    const notes = await hydrated(secretariat.locator('form').filter({ has: secretariat.getByLabel('Add a note') }))
    await notes.getByLabel('Add a note').fill(allPayloadsText)
    await notes.getByRole('button', { name: 'Save note' }).click()
    await expect(notes.getByRole('status')).toHaveText('Note saved. Only the secretariat can read it.')
    await secretariat.reload()
    for (const line of payloadLines) await expect(secretariat.getByRole('region', { name: 'Reviewer notes' })).toContainText(line)
    await expectInert(secretariat, secretariatDialogs, 'review page')
  })

  await test.step('the focal point answers with every payload; the tracker, notifications and submission show them inert', async () => {
    await own.goto(`/catalogue/${ITEM}`)
    const review = own.getByRole('region', { name: 'The secretariat’s review' })
    const answer = await hydrated(review.locator('form'))
    await answer.getByLabel('Your answer').fill(allPayloadsText)
    await answer.getByRole('button', { name: 'Send answer' }).click()
    await expect(answer.getByRole('status')).toHaveText('Answer sent.')
    await own.reload()
    await expectInert(own, ownDialogs, 'item page with the clarification thread')
    for (const path of ['/delegation', '/notifications', '/delegation/submission', '/dashboards']) {
      await own.goto(path)
      await expectInert(own, ownDialogs, path)
    }
    await own.goto('/delegation/submission')
    await expect(own.locator('main')).toContainText('window.__xss=1;alert("script")')
  })

  await test.step('the secretariat’s queue, review page, submissions and dashboards show them inert', async () => {
    for (const path of [`/review?item=${ITEM}`, `/review/position/${position.id}`, '/submissions', '/dashboards', '/notifications']) {
      await secretariat.goto(path)
      await expectInert(secretariat, secretariatDialogs, `secretariat ${path}`)
    }
    await secretariat.goto(`/review/position/${position.id}`)
    const thread = secretariat.getByRole('article', { name: 'Question on version 1' })
    for (const line of payloadLines) await expect(thread).toContainText(line)
  })

  await test.step('another delegation reads what was shared with all participants, inert', async () => {
    const other = await signedInPage(otherDelegate, `/catalogue/${ITEM}`)
    const otherDialogs = watchDialogs(other)
    for (const line of payloadLines) await expect(other.locator('main')).toContainText(line)
    await expectInert(other, otherDialogs, 'item page, another delegation')
    await other.goto('/dashboards')
    await expectInert(other, otherDialogs, 'dashboards, another delegation')
  })
})
