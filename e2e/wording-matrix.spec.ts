/**
 * The wording matrix and the compilation text: three delegations propose
 * wordings on one item, two of them the same but for case and punctuation.
 * Everyone signed in sees two groups with the right delegations; the
 * secretariat also sees the compilation text, with one bracket attributed to
 * who proposed what; a delegate does not.
 */
import { randomBytes } from 'node:crypto'

import { createSharedPosition, createUser } from './support/db'
import { expect, test } from './support/fixtures'

// An item no other spec writes on: every wording on it is this spec's.
const ITEM = 'E-16.09'
const ITEM_TEXT =
  'Build mechanism of trade mission, develop interstate cooperation and information exchange, emergency preparedness for mass migration influx, etc;'

test('the secretariat compares three proposed wordings and reads them compiled; a delegate sees the matrix only', async ({
  signedInPage,
}) => {
  test.setTimeout(120_000)
  const run = randomBytes(4).toString('hex')
  const delegate = await createUser({ role: 'delegate', delegationCode: 'DEU', name: `Delegate ${run}` })
  const delegatePage = await signedInPage(delegate, `/catalogue/${ITEM}`)

  await test.step('before anyone proposes a wording, the matrix says there is none', async () => {
    const matrix = delegatePage.getByRole('region', { name: 'Proposed wordings' })
    await expect(matrix.getByRole('heading', { name: 'No proposed wording yet' })).toBeVisible()
    await expect(matrix.getByRole('article')).toHaveCount(0)
  })

  const regional = ITEM_TEXT.replace('interstate', 'regional')
  await createSharedPosition('MAR', ITEM, {
    stance: 'support_with_amendments',
    rationale: `Morocco ${run}`,
    proposedWording: regional,
    visibility: 'all_participants',
  })
  // The same words in other case and punctuation: one proposal with Morocco's.
  await createSharedPosition('PHL', ITEM, {
    stance: 'support',
    rationale: `Philippines ${run}`,
    proposedWording: regional.replace('Build', 'build').replace('etc;', 'etc.'),
    visibility: 'all_participants',
  })
  await createSharedPosition('ECU', ITEM, {
    stance: 'concerns',
    rationale: `Ecuador ${run}`,
    proposedWording: ITEM_TEXT.replace('interstate', 'bilateral'),
    visibility: 'delegation_and_secretariat',
  })

  const reviewer = await createUser({ role: 'secretariat_reviewer', delegationCode: 'GFMD', name: `Reviewer ${run}` })
  const page = await signedInPage(reviewer, `/catalogue/${ITEM}`)

  await test.step('the matrix shows two groups, each with its delegations and their stances', async () => {
    const matrix = page.getByRole('region', { name: 'Proposed wordings' })
    const groups = matrix.getByRole('article')
    await expect(groups).toHaveCount(2)
    const shared = matrix.getByRole('article', { name: 'Wording 1' })
    await expect(shared).toContainText('2 delegations')
    await expect(shared.getByRole('listitem')).toHaveText(['Morocco Support with amendments', 'Philippines Support'])
    // Shown against the item's text: the changed word is marked as removed and added.
    await expect(shared.getByRole('deletion')).toHaveText('[removed: interstate]')
    await expect(shared.getByRole('insertion')).toHaveText('[added: regional]')
    const other = matrix.getByRole('article', { name: 'Wording 2' })
    await expect(other).toContainText('1 delegation')
    await expect(other.getByRole('listitem')).toHaveText(['Ecuador Concerns'])
    await expect(other.getByRole('insertion')).toHaveText('[added: bilateral]')
  })

  await test.step('the compilation text keeps the item text and brackets the one place the proposals differ', async () => {
    const compilation = page.getByRole('region', { name: 'Compilation text' })
    await expect(compilation).toContainText('Build mechanism of trade mission, develop [')
    await expect(compilation).toContainText(
      '] cooperation and information exchange, emergency preparedness for mass migration influx, etc;',
    )
    await expect(compilation.getByRole('list')).toHaveCount(1)
    const bracket = compilation.getByRole('list', { name: 'Alternatives at place 1' })
    await expect(bracket.getByRole('listitem')).toHaveText([
      'interstate (item text)',
      'regional (proposed by Morocco, Philippines)',
      'bilateral (proposed by Ecuador)',
    ])
  })

  await test.step('a delegate sees the wordings shared with everyone, and no compilation text', async () => {
    await delegatePage.reload()
    const matrix = delegatePage.getByRole('region', { name: 'Proposed wordings' })
    await expect(matrix.getByRole('article')).toHaveCount(1)
    await expect(matrix.getByRole('article', { name: 'Wording 1' }).getByRole('listitem')).toHaveText([
      'Morocco Support with amendments',
      'Philippines Support',
    ])
    await expect(matrix).not.toContainText('Ecuador')
    await expect(delegatePage.getByRole('region', { name: 'Compilation text' })).toHaveCount(0)
    await expect(delegatePage.getByText('bilateral')).toHaveCount(0)
  })
})
