/**
 * The secretariat's review against a real database: what reaches the queue,
 * the state per shared version (a new share starts again at not reviewed and
 * shows what changed), the append-only history, clarification threads that
 * only the delegation and the secretariat read, and notes nobody else reads.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { createComment } from '@/lib/comments/comments'
import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import { isAppError } from '@/lib/errors'
import { countUnreadNotifications, listNotifications } from '@/lib/notifications/notifications'
import { positionKind } from '@/lib/positions/position-kind'
import { statusKind } from '@/lib/statuses/status-kind'
import { useTestDb } from '@/lib/testing/db'
import { createCast, type Cast } from '@/lib/testing/factories'

import { addReviewerNote, decideReview, replyToClarification, requestClarification } from './review-decisions'
import { getOwnReviewOnItem, getReviewInputDetail } from './review-detail'
import { getReviewQueue } from './review-queue'

const item = 'E-16.05'

describe('the secretariat review', () => {
  const db = useTestDb()
  let cast: Cast
  let own: string

  beforeAll(async () => {
    cast = await createCast(db)
    own = cast.viewers.focalPoint.delegation!.code
  })

  async function sharePosition(rationale: string, visibility: 'delegation' | 'delegation_and_secretariat' | 'all_participants') {
    const current = await db.position.findFirst({ where: { delegation: { code: own }, item: { code: item } }, select: { version: true } })
    await saveDraft(db, cast.viewers.focalPoint, positionKind, {
      itemCode: item,
      baseVersion: current?.version ?? null,
      stance: 'support_with_amendments',
      rationale,
      proposedWording: `${rationale} wording`,
    })
    return shareDraft(db, cast.viewers.focalPoint, positionKind, { itemCode: item, visibility })
  }

  const queueFor = (viewer = cast.viewers.secretariat, filters = {}) => getReviewQueue(db, viewer, { delegation: own, ...filters })

  it('lists what reaches the secretariat, never a draft or a delegation-only share, and only for the secretariat', async () => {
    await saveDraft(db, cast.viewers.delegate, statusKind, {
      itemCode: item,
      baseVersion: null,
      state: 'planned',
      evidence: 'A draft nobody else sees',
      links: [],
      asOf: null,
    })
    await sharePosition('Kept in the delegation', 'delegation')
    expect((await queueFor()).entries).toEqual([])

    await sharePosition('First shared reasoning', 'delegation_and_secretariat')
    await createComment(db, cast.viewers.delegate, {
      itemCode: item,
      body: 'A note for the secretariat',
      visibility: 'delegation_and_secretariat',
      parentId: null,
    })
    await createComment(db, cast.viewers.delegate, { itemCode: item, body: 'Only for us', visibility: 'delegation', parentId: null })
    const queue = await queueFor()
    expect(queue.entries.map(({ kind, state }) => [kind, state])).toEqual([
      ['comment', 'not_reviewed'],
      ['position', 'not_reviewed'],
    ])
    expect(queue.entries[1]!.fields).toContainEqual({ label: 'Rationale', text: 'First shared reasoning' })
    expect((await queueFor(cast.viewers.secretariat, { kind: 'position' })).total).toBe(1)

    for (const viewer of [cast.viewers.focalPoint, cast.viewers.otherDelegate, cast.viewers.administrator]) {
      await expect(getReviewQueue(db, viewer, {})).rejects.toSatisfy((error) => isAppError(error, 'forbidden'))
    }
  })

  it('keeps a state per shared version: a new share starts at not reviewed and shows what changed since the reviewed one', async () => {
    const [entry] = (await queueFor(cast.viewers.secretariat, { kind: 'position' })).entries
    await decideReview(db, cast.viewers.secretariat, {
      kind: 'position',
      inputId: entry!.inputId,
      version: entry!.version,
      state: 'reviewed',
    })
    expect((await queueFor(cast.viewers.secretariat, { state: 'reviewed' })).entries.map(({ kind }) => kind)).toEqual(['position'])

    await sharePosition('Second shared reasoning', 'all_participants')
    const [again] = (await queueFor(cast.viewers.secretariat, { kind: 'position' })).entries
    expect(again!.state).toBe('not_reviewed')
    expect(again!.changedSince?.version).toBe(entry!.version)
    const rationale = again!.changedSince!.changes.find(({ label }) => label === 'Rationale')!
    expect(rationale.parts.filter(({ change }) => change !== 'same').map(({ text }) => text.trim())).toEqual(['First', 'Second'])

    // A decision on the version the reviewer read does not land on the newer one.
    await expect(
      decideReview(db, cast.viewers.secretariat, { kind: 'position', inputId: entry!.inputId, version: entry!.version, state: 'included' }),
    ).rejects.toSatisfy((error) => isAppError(error, 'stale'))
    await decideReview(db, cast.viewers.secretariat, {
      kind: 'position',
      inputId: again!.inputId,
      version: again!.version,
      state: 'included',
    })

    const detail = await getReviewInputDetail(db, cast.viewers.secretariat, 'position', again!.inputId)
    expect(detail!.history.map(({ version, before, after }) => [version, before, after])).toEqual([
      [again!.version, 'not_reviewed', 'included'],
      [entry!.version, 'not_reviewed', 'reviewed'],
    ])
    await expect(db.$executeRaw`DELETE FROM "ReviewAction" WHERE "inputId" = ${again!.inputId}`).rejects.toThrow()
    expect(await getOwnReviewOnItem(db, cast.viewers.delegate, item)).toMatchObject({ states: [{ kind: 'position', state: 'included' }] })
  })

  it('withdrawing a share takes the input out of the queue and out of reach of decisions', async () => {
    const { inputId, version } = (await queueFor(cast.viewers.secretariat, { kind: 'position' })).entries[0]!
    await shareDraft(db, cast.viewers.focalPoint, positionKind, { itemCode: item, visibility: 'delegation' })
    expect((await queueFor(cast.viewers.secretariat, { kind: 'position' })).total).toBe(0)
    await expect(decideReview(db, cast.viewers.secretariat, { kind: 'position', inputId, version, state: 'reviewed' })).rejects.toSatisfy(
      (error) => isAppError(error, 'not_found'),
    )
    expect(await getReviewInputDetail(db, cast.viewers.secretariat, 'position', inputId)).toBeNull()
    await shareDraft(db, cast.viewers.focalPoint, positionKind, { itemCode: item, visibility: 'delegation_and_secretariat' })
  })

  it('asks for clarification in a thread only the delegation and the secretariat read; the answer marks it answered', async () => {
    const { inputId, version } = (await queueFor(cast.viewers.secretariat, { kind: 'position' })).entries[0]!
    const { clarificationId } = await requestClarification(db, cast.viewers.secretariat, {
      kind: 'position',
      inputId,
      version,
      question: 'Which paragraph does the amendment replace?',
    })
    let [entry] = (await queueFor(cast.viewers.secretariat, { kind: 'position' })).entries
    expect([entry!.state, entry!.clarification]).toEqual(['clarification_requested', 'open'])

    const [notification] = await listNotifications(db, cast.viewers.focalPoint)
    expect(notification).toMatchObject({ kind: 'clarification_requested', href: `/catalogue/${item}#clarification-${clarificationId}` })
    expect(await listNotifications(db, cast.viewers.delegate)).not.toContainEqual(
      expect.objectContaining({ kind: 'clarification_requested' }),
    )
    // Someone who reads no thread at all (an administrator) still gets an answer, not a database error.
    expect(await countUnreadNotifications(db, cast.viewers.administrator)).toBe(0)

    expect((await getOwnReviewOnItem(db, cast.viewers.delegate, item))!.clarifications.map(({ id }) => id)).toEqual([clarificationId])
    expect((await getOwnReviewOnItem(db, cast.viewers.otherDelegate, item))!.clarifications).toEqual([])
    await expect(replyToClarification(db, cast.viewers.otherFocalPoint, { clarificationId, body: 'Not ours' })).rejects.toSatisfy((error) =>
      isAppError(error, 'not_found'),
    )

    await replyToClarification(db, cast.viewers.delegate, { clarificationId, body: 'It replaces the second sentence.' })
    ;[entry] = (await queueFor(cast.viewers.secretariat, { kind: 'position' })).entries
    expect(entry!.clarification).toBe('answered')
    expect(await listNotifications(db, cast.viewers.secretariat)).toContainEqual(
      expect.objectContaining({
        kind: 'clarification_answered',
        href: expect.stringContaining(`/review/position/${inputId}#clarification-`),
      }),
    )
    const detail = await getReviewInputDetail(db, cast.viewers.secretariat, 'position', inputId)
    expect(detail!.clarifications[0]!.messages.map(({ body, fromSecretariat }) => [body, fromSecretariat])).toEqual([
      ['Which paragraph does the amendment replace?', true],
      ['It replaces the second sentence.', false],
    ])
  })

  it('keeps reviewer notes for the secretariat alone', async () => {
    const { inputId } = (await queueFor(cast.viewers.secretariat, { kind: 'position' })).entries[0]!
    await addReviewerNote(db, cast.viewers.secretariat, { kind: 'position', inputId, body: 'Germany and France agree off the record' })
    const detail = await getReviewInputDetail(db, cast.viewers.secretariat, 'position', inputId)
    expect(detail!.notes.map(({ body }) => body)).toEqual(['Germany and France agree off the record'])
    for (const viewer of [cast.viewers.focalPoint, cast.viewers.delegate, cast.viewers.otherFocalPoint]) {
      await expect(getReviewInputDetail(db, viewer, 'position', inputId)).rejects.toSatisfy((error) => isAppError(error, 'forbidden'))
      await expect(addReviewerNote(db, viewer, { kind: 'position', inputId, body: 'x' })).rejects.toSatisfy((error) =>
        isAppError(error, 'forbidden'),
      )
      expect(JSON.stringify(await getOwnReviewOnItem(db, viewer, item))).not.toContain('off the record')
    }
  })
})
