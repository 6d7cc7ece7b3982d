/**
 * Every server action, called as Next would call it, with what a hostile
 * participant can send: each field missing, of the wrong type, huge, or
 * holding NUL, lone surrogates, RTL overrides, markup, SQL; ids of nothing,
 * of the own delegation's records and of another delegation's; arguments
 * that are not a form at all; by every role and signed out. fast-check
 * generates the cases (about 1,500). Whatever comes in, the action answers
 * `{ ok }` or a message a person can act on (never "something went wrong on
 * our side", never a thrown error other than Next's redirects), logs no bug,
 * and when it refuses, no row anywhere has changed.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import { createComment } from '@/lib/comments/comments'
import { getStocktakingDate, setStocktakingDate } from '@/lib/dashboards/stocktaking'
import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import { INTERNAL_ERROR_MESSAGE } from '@/lib/errors'
import { positionKind } from '@/lib/positions/position-kind'
import type { Db } from '@/lib/db'
import { useTestDb } from '@/lib/testing/db'
import { createCast, type Cast } from '@/lib/testing/factories'

// The actions ask the session for their viewer: here, whoever the case names.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }))
vi.mock('@/lib/auth/auth', async () => {
  const { redirect } = await import('next/navigation')
  return {
    auth: async () => (session.viewer ? { viewer: session.viewer } : null),
    signIn: async () => redirect('/'),
    signOut: async () => redirect('/sign-in'),
  }
})
// Auth.js's package does not load outside Next; the actions only need its error classes.
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {}, CredentialsSignin: class CredentialsSignin extends Error {} }))
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'workspace.test' }) }))

const itemActions = await import('@/app/catalogue/[code]/actions')
const commentActions = await import('@/app/catalogue/[code]/comment-actions')
const reviewActions = await import('@/app/review/actions')
const trackerActions = await import('@/app/delegation/actions')
const memberActions = await import('@/app/delegation/members/actions')
const adminActions = await import('@/app/admin/actions')
const stocktakingActions = await import('@/app/admin/stocktaking/actions')
const passwordActions = await import('@/app/account/password/actions')
const invitationActions = await import('@/app/invitations/[token]/actions')
const notificationActions = await import('@/app/notifications/actions')

// Set when the suite starts (a hook-named helper belongs inside describe).
let db: Db
const RUNS_PER_ACTION = 70

let cast: Cast
// Records of the own delegation and of the other one, for forged ids.
const ids = { ownComment: '', otherComment: '', ownPosition: '', otherPosition: '', otherInvitation: '', otherUser: '' }
let stocktakingDate: Date | null

beforeAll(async () => {
  cast = await createCast(db)
  const { focalPoint, otherFocalPoint, otherDelegate } = cast.viewers
  stocktakingDate = await getStocktakingDate(db)
  ids.ownComment = (
    await createComment(db, focalPoint, { itemCode: 'E-16.03', body: 'Ours', visibility: 'delegation', parentId: null })
  ).comment.id
  ids.otherComment = (
    await createComment(db, otherFocalPoint, { itemCode: 'E-16.03', body: 'Theirs', visibility: 'delegation', parentId: null })
  ).comment.id
  for (const [viewer, key] of [
    [focalPoint, 'ownPosition'],
    [otherFocalPoint, 'otherPosition'],
  ] as const) {
    await saveDraft(db, viewer, positionKind, {
      itemCode: 'E-16.03',
      stance: 'support',
      rationale: 'Because',
      proposedWording: null,
      baseVersion: null,
    })
    await shareDraft(db, viewer, positionKind, { itemCode: 'E-16.03', visibility: 'delegation_and_secretariat' })
    ids[key] = (await db.position.findFirstOrThrow({ where: { delegationId: viewer.delegation?.id, item: { code: 'E-16.03' } } })).id
  }
  ids.otherUser = otherDelegate.userId
  const invitation = await db.invitation.create({
    data: {
      tokenHash: `hostile-${otherFocalPoint.userId}`,
      email: `pending-${otherFocalPoint.userId}@test.gfmd`,
      name: 'Pending',
      role: 'delegate',
      delegationId: otherFocalPoint.delegation?.id ?? null,
      invitedById: otherFocalPoint.userId,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  })
  ids.otherInvitation = invitation.id
})

afterAll(async () => {
  const administrator = cast.viewers.administrator
  if (stocktakingDate) await setStocktakingDate(db, administrator, stocktakingDate.toISOString().slice(0, 10))
})

/** Every row a save, share, review, comment or account change could touch, in one query. */
async function fingerprint(): Promise<string> {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT
      (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM "Position") AS positions,
      (SELECT count(*) || ':' || coalesce(string_agg("reviewState"::text, ',' ORDER BY id), '') FROM "PositionShare") AS "positionShares",
      (SELECT count(*) FROM "PositionHistory") AS "positionHistory",
      (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM "ImplementationStatus") AS statuses,
      (SELECT count(*) || ':' || coalesce(string_agg("reviewState"::text, ',' ORDER BY id), '') FROM "ImplementationStatusShare") AS "statusShares",
      (SELECT count(*) FROM "ImplementationStatusHistory") AS "statusHistory",
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || count("deletedAt") FROM "Comment") AS comments,
      (SELECT count(*) FROM "CommentRevision") AS revisions,
      (SELECT count(*) FROM "CommentMention") AS mentions,
      (SELECT count(*) || ':' || count("readAt") FROM "Notification") AS notifications,
      (SELECT count(*) FROM "ReviewAction") AS "reviewActions",
      (SELECT count(*) || ':' || count("answeredAt") FROM "Clarification") AS clarifications,
      (SELECT count(*) FROM "ClarificationMessage") AS "clarificationMessages",
      (SELECT count(*) FROM "ReviewerNote") AS "reviewerNotes",
      (SELECT count(*) || ':' || count("revokedAt") || ':' || count("acceptedAt") FROM "Invitation") AS invitations,
      (SELECT count(*) FROM "OutboxMessage") AS outbox,
      (SELECT count(*) || ':' || count("deactivatedAt") || ':' || sum("sessionVersion") FROM "User") AS users,
      (SELECT string_agg(date::text, ',') FROM "Stocktaking") AS stocktaking`
  return JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))
}

// --- What a hostile participant can put in a field ---------------------------------------------------

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\uD800',
    'x\uDFFFy',
    '\u202Egnirts',
    '\u200F\u202B',
    '<script>alert(1)</script>',
    '"; DROP TABLE "User"; --',
    '=HYPERLINK("http://evil.example")',
    '-1',
    '0',
    '1e309',
    'NaN',
    'null',
    '[]',
    '{"$ne":null}',
    '0000-01-01',
    '-000001-01-01',
    '275760-09-13',
  ),
  fc.constant('x'.repeat(20_000)),
  fc.nat().map(String),
)

const cuidLike = fc.stringMatching(/^[a-z0-9]{25}$/)
const anyId = () => fc.oneof(fc.constantFrom(...Object.values(ids)), cuidLike, hostileText)
const itemCode = fc.constantFrom('E-16.03', 'E-16.04', 'R-21.02', 'E-99.99', 'e-16.03')
const version = fc.constantFrom('', '1', '2', '3', '999999999999', '-1', '1.5')

/** A field: mostly something the form could send, often something hostile, sometimes missing. */
function field(plausible: fc.Arbitrary<string>): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 5, arbitrary: plausible },
    { weight: 4, arbitrary: hostileText },
    { weight: 1, arbitrary: fc.constant(undefined) },
  )
}

type Fields = Record<string, fc.Arbitrary<string>>

/** What reaches the action: its form, a forged delegation field on top, or no form at all. */
function argumentsFor(fields: Fields): fc.Arbitrary<unknown> {
  const form = fc.record(Object.fromEntries(Object.entries(fields).map(([name, arbitrary]) => [name, field(arbitrary)]))).chain((values) =>
    fc.boolean().map((forged) => {
      const formData = new FormData()
      for (const [name, value] of Object.entries(values)) if (value !== undefined) formData.append(name, value)
      // The delegation always comes from the session; a forged one must change nothing.
      if (forged) formData.append('delegationId', cast.viewers.otherFocalPoint.delegation?.id ?? '')
      return formData
    }),
  )
  return fc.oneof(
    { weight: 9, arbitrary: form },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, 'text', 42, {}, [], new Blob(['x'])) },
  )
}

const viewerArbitrary = () =>
  fc.constantFrom<Viewer | null>(
    null,
    cast.viewers.delegate,
    cast.viewers.focalPoint,
    cast.viewers.otherFocalPoint,
    cast.viewers.secretariat,
    cast.viewers.administrator,
  )

const visibility = fc.constantFrom('delegation', 'delegation_and_secretariat', 'all_participants', 'everyone')
const reviewKind = fc.constantFrom('position', 'implementation_status', 'comment', 'submission')

type FormActionUnderTest = (previous: unknown, formData: never) => Promise<unknown>
type PlainActionUnderTest = (formData: never) => Promise<unknown>

const formActions: [name: string, action: FormActionUnderTest, fields: () => Fields][] = [
  [
    'save a position',
    itemActions.savePositionDraftAction as FormActionUnderTest,
    () => ({
      itemCode,
      baseVersion: version,
      stance: fc.constantFrom('support', 'oppose', 'no_position', 'maybe'),
      rationale: hostileText,
      proposedWording: hostileText,
    }),
  ],
  [
    'save an implementation status',
    itemActions.saveStatusDraftAction as FormActionUnderTest,
    () => ({
      itemCode,
      baseVersion: version,
      state: fc.constantFrom('planned', 'implemented', 'done'),
      evidence: hostileText,
      links: fc.constantFrom('https://example.org', 'javascript:alert(1)', 'https://example.org/\u0000', 'http://a.b\n\u202Ehttp://c'),
      asOf: fc.constantFrom('', '2017-11-01', '0000-01-01', '2017-02-30', '9999-12-31', '1899-12-31'),
    }),
  ],
  ['share a position', itemActions.sharePositionAction as FormActionUnderTest, () => ({ itemCode, visibility, version })],
  ['share a status', itemActions.shareStatusAction as FormActionUnderTest, () => ({ itemCode, visibility, version })],
  [
    'write a comment',
    commentActions.createCommentAction as FormActionUnderTest,
    () => ({ itemCode, body: hostileText, visibility, parentId: fc.oneof(fc.constant(''), anyId()) }),
  ],
  [
    'edit a comment',
    commentActions.editCommentAction as FormActionUnderTest,
    () => ({ itemCode, commentId: anyId(), body: hostileText, baseVersion: version }),
  ],
  ['delete a comment', commentActions.deleteCommentAction as FormActionUnderTest, () => ({ itemCode, commentId: anyId() })],
  [
    'decide a review',
    reviewActions.decideReviewAction as FormActionUnderTest,
    () => ({ kind: reviewKind, inputId: anyId(), version, state: fc.constantFrom('reviewed', 'included', 'not_reviewed', 'x') }),
  ],
  [
    'ask for clarification',
    reviewActions.requestClarificationAction as FormActionUnderTest,
    () => ({ kind: reviewKind, inputId: anyId(), version, question: hostileText }),
  ],
  [
    'note as a reviewer',
    reviewActions.addReviewerNoteAction as FormActionUnderTest,
    () => ({ kind: reviewKind, inputId: anyId(), body: hostileText }),
  ],
  [
    'answer a clarification',
    reviewActions.replyToClarificationAction as FormActionUnderTest,
    () => ({ clarificationId: anyId(), body: hostileText }),
  ],
  [
    'set the status of items',
    trackerActions.setStatusOfItemsAction as FormActionUnderTest,
    () => ({
      items: fc.constantFrom('E-16.03', 'E-16.03 E-16.04', 'E-99.99', ''),
      state: fc.constantFrom('planned', 'x'),
      'status-version-E-16.03': version,
    }),
  ],
  [
    'share drafts in bulk',
    trackerActions.shareDraftsAction as FormActionUnderTest,
    () => ({ items: fc.constantFrom('E-16.03', 'E-16.03,E-16.04', ''), visibility, 'version-E-16.03': version }),
  ],
  [
    'invite a member',
    memberActions.inviteMemberAction as FormActionUnderTest,
    () => ({
      email: fc.oneof(fc.emailAddress(), fc.constant(`pending-${cast.viewers.otherFocalPoint.userId}@test.gfmd`)),
      name: hostileText,
      role: fc.constantFrom('delegate', 'administrator'),
    }),
  ],
  ['revoke a member’s invitation', memberActions.revokeMemberInvitationAction as FormActionUnderTest, () => ({ invitationId: anyId() })],
  [
    'change a member’s status',
    memberActions.setMemberStatusAction as FormActionUnderTest,
    () => ({ userId: anyId(), isActive: fc.constantFrom('true', 'false', 'yes') }),
  ],
  [
    'invite as an administrator',
    adminActions.inviteAction as FormActionUnderTest,
    () => ({
      email: fc.emailAddress(),
      name: hostileText,
      role: fc.constantFrom('delegate', 'focal_point', 'secretariat_reviewer', 'administrator', 'root'),
      delegationCode: fc.constantFrom('', 'DEU', 'GFMD', 'DEU\u0000', 'XXX'),
    }),
  ],
  ['revoke an invitation', adminActions.revokeInvitationAction as FormActionUnderTest, () => ({ invitationId: anyId() })],
  [
    'change a user’s status',
    adminActions.setUserStatusAction as FormActionUnderTest,
    () => ({ userId: anyId(), isActive: fc.constantFrom('true', 'false') }),
  ],
  [
    'set the stocktaking date',
    stocktakingActions.setStocktakingDateAction as FormActionUnderTest,
    () => ({ date: fc.constantFrom('2017-12-04', '0000-01-01', '-000001-01-01', '2017-13-01', '99999-01-01') }),
  ],
  [
    'change the password',
    passwordActions.changePasswordAction as FormActionUnderTest,
    () => ({ currentPassword: hostileText, newPassword: hostileText, confirmPassword: hostileText }),
  ],
  [
    'accept an invitation',
    invitationActions.acceptInvitationAction as FormActionUnderTest,
    () => ({
      token: fc.oneof(fc.base64String({ minLength: 20, maxLength: 60 }), hostileText),
      name: hostileText,
      password: hostileText,
      confirmPassword: hostileText,
    }),
  ],
]

/** Next's redirects and notFound()/forbidden() are control flow: they carry a digest starting with NEXT_. */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest
  return typeof digest === 'string' && digest.startsWith('NEXT_')
}

async function expectAnsweredWithoutPartialWrite(run: () => Promise<unknown>): Promise<void> {
  const before = await fingerprint()
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
  let outcome: unknown
  let redirected = false
  try {
    outcome = await run()
  } catch (error) {
    if (!isNextControlFlow(error)) throw error
    redirected = true
  } finally {
    logged.mockRestore()
  }
  expect(logged).not.toHaveBeenCalled()
  if (redirected) return
  const state = outcome as { ok?: boolean; formError?: unknown; message?: unknown } | undefined
  if (state?.ok !== false) return
  // A bulk action reports items it skipped in its message: each item is its own transaction.
  if (state.formError === undefined) return expect(typeof state.message).toBe('string')
  expect(typeof state.formError).toBe('string')
  expect(state.formError).not.toBe(INTERNAL_ERROR_MESSAGE)
  expect(await fingerprint()).toBe(before)
}

describe('server actions under hostile input', () => {
  db = useTestDb()

  for (const [name, action, fields] of formActions) {
    it(`${name}: always an answer, never a bug, nothing written when refused`, async () => {
      await fc.assert(
        fc.asyncProperty(viewerArbitrary(), argumentsFor(fields()), async (viewer, formData) => {
          session.viewer = viewer
          await expectAnsweredWithoutPartialWrite(() => action({ ok: false }, formData as never))
        }),
        { numRuns: RUNS_PER_ACTION },
      )
    })
  }

  it('open a notification: a forged or missing id opens nothing and lands on the list', async () => {
    await fc.assert(
      fc.asyncProperty(viewerArbitrary(), argumentsFor({ notificationId: anyId() }), async (viewer, formData) => {
        session.viewer = viewer
        const action = notificationActions.openNotificationAction as PlainActionUnderTest
        await expectAnsweredWithoutPartialWrite(() => action(formData as never))
      }),
      { numRuns: RUNS_PER_ACTION },
    )
  })

  it('the cases "known today": a NUL byte and a year-0 date are refused beside their field', async () => {
    session.viewer = cast.viewers.focalPoint
    const form = (fields: Record<string, string>) => {
      const formData = new FormData()
      for (const [key, value] of Object.entries(fields)) formData.append(key, value)
      return formData as never
    }
    const position = await itemActions.savePositionDraftAction(
      { ok: false },
      form({ itemCode: 'E-16.04', baseVersion: '', stance: 'support', rationale: 'a\u0000b', proposedWording: 'c\u0000' }),
    )
    expect(position.fieldErrors).toMatchObject({
      rationale: [expect.stringMatching(/NUL/)],
      proposedWording: [expect.stringMatching(/NUL/)],
    })
    const status = await itemActions.saveStatusDraftAction(
      { ok: false },
      form({ itemCode: 'E-16.04', baseVersion: '', state: 'planned', evidence: '\u0000', links: '', asOf: '0000-01-01' }),
    )
    expect(status.fieldErrors).toMatchObject({ evidence: [expect.stringMatching(/NUL/)], asOf: [expect.stringMatching(/1900/)] })
    const comment = await commentActions.createCommentAction(
      { ok: false },
      form({ itemCode: 'E-16.04', body: 'x\u0000', visibility: 'delegation', parentId: '' }),
    )
    expect(comment.fieldErrors).toMatchObject({ body: [expect.stringMatching(/NUL/)] })
    const invitation = await memberActions.inviteMemberAction(
      { ok: false },
      form({ email: 'nul@test.gfmd', name: 'A\u0000', role: 'delegate' }),
    )
    expect(invitation.fieldErrors).toMatchObject({ name: [expect.stringMatching(/NUL/)] })
    session.viewer = cast.viewers.secretariat
    const note = await reviewActions.addReviewerNoteAction(
      { ok: false },
      form({ kind: 'position', inputId: ids.otherPosition, body: '\u0000' }),
    )
    expect(note.fieldErrors).toMatchObject({ body: [expect.stringMatching(/NUL/)] })
  })
})
