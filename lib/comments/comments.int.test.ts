/**
 * Comments: who reads them, who writes them, and what edits, deletions,
 * mentions and notifications leave behind. Delegations of their own per
 * file; items P-* (no other test writes comments).
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { getEnv } from '@/lib/env'
import { AppError, ConflictError } from '@/lib/errors'
import type { Viewer } from '@/lib/auth/viewer'
import type { Visibility } from '@/lib/generated/prisma/enums'
import { countUnreadNotifications, listNotifications, markAllNotificationsRead, openNotification } from '@/lib/notifications/notifications'
import { useTestDb } from '@/lib/testing/db'
import { createCast, createViewer } from '@/lib/testing/factories'
import { canReadComment } from '@/lib/visibility/comments'

import { createCommentSchema } from './comment-schemas'
import { createComment, deleteComment, editComment, listItemComments, listMentionCandidates, type CommentView } from './comments'

const levels: Visibility[] = ['delegation', 'delegation_and_secretariat', 'all_participants']

describe('comments', () => {
  const db = useTestDb()

  let delegate: Viewer
  let focalPoint: Viewer
  let otherDelegate: Viewer
  let otherFocalPoint: Viewer
  let secretariat: Viewer
  let admin: Viewer

  beforeAll(async () => {
    ;({ delegate, focalPoint, otherDelegate, otherFocalPoint, secretariat, administrator: admin } = (await createCast(db)).viewers)
  })

  function write(viewer: Viewer, itemCode: string, body: string, visibility: Visibility, parentId: string | null = null) {
    return createComment(db, viewer, { itemCode, body, visibility, parentId })
  }

  async function bodies(viewer: Viewer, itemCode: string) {
    return (await listItemComments(db, viewer, itemCode)).map((comment) => comment.body)
  }

  describe('who reads a comment', () => {
    it('follows the matrix: own/other delegation × three levels × role', async () => {
      const item = 'P-01.01'
      for (const level of levels) await write(delegate, item, `ours at ${level}`, level)
      for (const level of levels) await write(otherDelegate, item, `theirs at ${level}`, level)

      const expected: [string, Viewer, string[]][] = [
        [
          'delegate',
          delegate,
          ['ours at delegation', 'ours at delegation_and_secretariat', 'ours at all_participants', 'theirs at all_participants'],
        ],
        [
          'focal point',
          focalPoint,
          ['ours at delegation', 'ours at delegation_and_secretariat', 'ours at all_participants', 'theirs at all_participants'],
        ],
        [
          'other delegate',
          otherDelegate,
          ['ours at all_participants', 'theirs at delegation', 'theirs at delegation_and_secretariat', 'theirs at all_participants'],
        ],
        [
          'secretariat',
          secretariat,
          [
            'ours at delegation_and_secretariat',
            'ours at all_participants',
            'theirs at delegation_and_secretariat',
            'theirs at all_participants',
          ],
        ],
        ['administrator', admin, ['ours at all_participants', 'theirs at all_participants']],
      ]
      for (const [who, viewer, seen] of expected) expect((await bodies(viewer, item)).sort(), who).toEqual([...seen].sort())

      // The rule seen from the other side (whom a mention may reach) agrees with the lists, comment by comment.
      const written = await db.comment.findMany({
        where: { item: { code: item }, delegationId: { in: [delegate.delegation?.id ?? '', otherDelegate.delegation?.id ?? ''] } },
        select: { body: true, delegationId: true, visibility: true },
      })
      for (const [who, viewer, seen] of expected) {
        for (const comment of written)
          expect(canReadComment(viewer, comment), `${who} reads “${comment.body}”`).toBe(seen.includes(comment.body))
      }
    })

    it('refuses signed-out readers', async () => {
      await expect(listItemComments(db, null as unknown as Viewer, 'P-01.01')).rejects.toMatchObject({ code: 'unauthenticated' })
    })
  })

  describe('who writes', () => {
    it('administrators write nothing; the secretariat only replies, at "delegation and secretariat" or wider', async () => {
      await expect(write(admin, 'P-01.02', 'admin says', 'all_participants')).rejects.toMatchObject({ code: 'forbidden' })
      await expect(write(secretariat, 'P-01.02', 'a new thread', 'all_participants')).rejects.toMatchObject({ code: 'invalid' })

      const shared = await write(delegate, 'P-01.02', 'for the secretariat', 'delegation_and_secretariat')
      await expect(write(secretariat, 'P-01.02', 'narrower', 'delegation', shared.comment.id)).rejects.toMatchObject({ code: 'invalid' })
      const reply = await write(secretariat, 'P-01.02', 'a question', 'delegation_and_secretariat', shared.comment.id)
      expect(reply.comment).toMatchObject({ parentId: shared.comment.id, delegation: { code: delegate.delegation?.code } })
    })

    it('the secretariat cannot reply to a comment it cannot read, and the refusal tells nothing about it', async () => {
      const hidden = await write(delegate, 'P-01.02', 'delegation only', 'delegation')
      const error = await write(secretariat, 'P-01.02', 'probing', 'delegation_and_secretariat', hidden.comment.id).catch(
        (caught: unknown) => caught,
      )
      expect(error).toMatchObject({ code: 'not_found' })
      expect((error as Error).message).not.toContain('delegation only')
      expect(await db.comment.count({ where: { parentId: hidden.comment.id } })).toBe(0)
    })

    it('a reply never reaches further than its parent, and stays in the parent’s conversation', async () => {
      const parent = await write(delegate, 'P-01.03', 'between us', 'delegation')
      const error = await write(focalPoint, 'P-01.03', 'to everyone', 'all_participants', parent.comment.id).catch(
        (caught: unknown) => caught,
      )
      expect(error).toMatchObject({ code: 'invalid' })
      expect((error as AppError).fieldErrors?.visibility?.[0]).toMatch(/cannot reach further/)
      const reply = await write(focalPoint, 'P-01.03', 'still between us', 'delegation', parent.comment.id)
      expect(reply.comment.visibility).toBe('delegation')
    })

    it('a delegate cannot reply in another delegation’s conversation, even one they can read', async () => {
      const theirs = await write(otherDelegate, 'P-01.03', 'open to all', 'all_participants')
      await expect(write(delegate, 'P-01.03', 'butting in', 'all_participants', theirs.comment.id)).rejects.toMatchObject({
        code: 'invalid',
      })
    })
  })

  describe('editing and deleting', () => {
    it('an edit keeps the earlier text as a revision; an edit based on an old version is a conflict', async () => {
      const { comment } = await write(delegate, 'P-05.01', 'first words', 'delegation')
      const edited = await editComment(db, delegate, { itemCode: 'P-05.01', commentId: comment.id, body: 'second words', baseVersion: 1 })
      expect(edited.comment).toMatchObject({ body: 'second words', version: 2 })
      expect(edited.comment.editedAt).not.toBeNull()
      expect(edited.comment.revisions.map((revision) => [revision.version, revision.body])).toEqual([[1, 'first words']])

      const error = await editComment(db, delegate, { itemCode: 'P-05.01', commentId: comment.id, body: 'stale', baseVersion: 1 }).catch(
        (caught: unknown) => caught,
      )
      expect(error).toBeInstanceOf(ConflictError)
      expect((error as ConflictError<CommentView>).current).toMatchObject({ body: 'second words', version: 2 })
      expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).body).toBe('second words')
    })

    it('only the author edits', async () => {
      const { comment } = await write(delegate, 'P-05.01', 'mine', 'delegation')
      await expect(
        editComment(db, focalPoint, { itemCode: 'P-05.01', commentId: comment.id, body: 'theirs', baseVersion: 1 }),
      ).rejects.toMatchObject({ code: 'forbidden' })
      await expect(
        editComment(db, otherDelegate, { itemCode: 'P-05.01', commentId: comment.id, body: 'theirs', baseVersion: 1 }),
      ).rejects.toMatchObject({ code: 'not_found' })
    })

    it('deleting leaves a marker, keeps the text in a revision and keeps the replies', async () => {
      const parent = await write(delegate, 'P-07.01', 'to be deleted', 'all_participants')
      await write(focalPoint, 'P-07.01', 'a reply that stays', 'all_participants', parent.comment.id)
      await expect(deleteComment(db, otherDelegate, { itemCode: 'P-07.01', commentId: parent.comment.id })).rejects.toMatchObject({
        code: 'forbidden',
      })
      const deleted = await deleteComment(db, delegate, { itemCode: 'P-07.01', commentId: parent.comment.id })
      expect(deleted).toMatchObject({ body: null, revisions: [], canEdit: false, canDelete: false })

      for (const viewer of [delegate, otherDelegate, admin]) {
        const comments = await listItemComments(db, viewer, 'P-07.01')
        expect(comments.map((comment) => comment.body)).toEqual([null, 'a reply that stays'])
        expect(JSON.stringify(comments)).not.toContain('to be deleted')
      }
      const revisions = await db.commentRevision.findMany({ where: { commentId: parent.comment.id } })
      expect(revisions.map((revision) => revision.body)).toEqual(['to be deleted'])
      await expect(
        editComment(db, delegate, { itemCode: 'P-07.01', commentId: parent.comment.id, body: 'back', baseVersion: 2 }),
      ).rejects.toMatchObject({ code: 'invalid' })
    })

    it('a focal point may delete a member’s comment, not the secretariat’s', async () => {
      const member = await write(delegate, 'P-07.01', 'by a member', 'delegation_and_secretariat')
      const question = await write(secretariat, 'P-07.01', 'by the secretariat', 'delegation_and_secretariat', member.comment.id)
      await expect(deleteComment(db, focalPoint, { itemCode: 'P-07.01', commentId: question.comment.id })).rejects.toMatchObject({
        code: 'forbidden',
      })
      expect((await deleteComment(db, focalPoint, { itemCode: 'P-07.01', commentId: member.comment.id })).deletedAt).not.toBeNull()
    })

    it('revisions are append-only: the database refuses to change or delete them', async () => {
      const { comment } = await write(delegate, 'P-05.01', 'v1', 'delegation')
      await editComment(db, delegate, { itemCode: 'P-05.01', commentId: comment.id, body: 'v2', baseVersion: 1 })
      await expect(db.commentRevision.updateMany({ where: { commentId: comment.id }, data: { body: 'rewritten' } })).rejects.toThrow(
        /append-only/,
      )
      await expect(db.commentRevision.deleteMany({ where: { commentId: comment.id } })).rejects.toThrow(/append-only/)
      expect(await db.commentRevision.count({ where: { commentId: comment.id } })).toBe(1)
    })
  })

  describe('mentions and notifications', () => {
    it('records and notifies only mentioned people who can read the comment, and tells the author who was not reached', async () => {
      const result = await write(
        delegate,
        'P-09.01',
        `Please look, @${focalPoint.email} and @${otherDelegate.email} and @${secretariat.email} and @nobody@nowhere.test`,
        'delegation',
      )
      const mentioned = await db.commentMention.findMany({ where: { commentId: result.comment.id } })
      expect(mentioned.map((mention) => mention.userId)).toEqual([focalPoint.userId])
      expect(result.notReached).toEqual([
        `${otherDelegate.email} cannot see this comment and was not notified.`,
        `${secretariat.email} cannot see this comment and was not notified.`,
        'nobody@nowhere.test cannot see this comment and was not notified.',
      ])
      const notifications = await db.notification.findMany({ where: { commentId: result.comment.id } })
      expect(notifications.map((notification) => [notification.userId, notification.kind])).toEqual([[focalPoint.userId, 'mention']])
    })

    it('a reply notifies earlier authors of the thread who can read it, not the replier', async () => {
      const root = await write(delegate, 'P-15.01', 'root', 'all_participants')
      const second = await write(focalPoint, 'P-15.01', 'second', 'delegation_and_secretariat', root.comment.id)
      const third = await write(delegate, 'P-15.01', 'third', 'delegation', second.comment.id)
      const replyKinds = async (commentId: string) =>
        (await db.notification.findMany({ where: { commentId }, select: { userId: true, kind: true } })).map((entry) => [
          entry.userId,
          entry.kind,
        ])
      expect(await replyKinds(second.comment.id)).toEqual([[delegate.userId, 'reply']])
      expect(await replyKinds(third.comment.id)).toEqual([[focalPoint.userId, 'reply']])
    })

    it('the secretariat’s reply notifies the delegation’s focal points as a request, and authors who read it as a reply', async () => {
      const root = await write(delegate, 'P-17.01', 'for the secretariat', 'delegation_and_secretariat')
      const question = await write(secretariat, 'P-17.01', 'could you clarify?', 'delegation_and_secretariat', root.comment.id)
      const notifications = await db.notification.findMany({ where: { commentId: question.comment.id }, orderBy: { kind: 'asc' } })
      expect(notifications.map((entry) => [entry.userId, entry.kind]).sort()).toEqual(
        [
          [focalPoint.userId, 'secretariat_request'],
          [delegate.userId, 'reply'],
        ].sort(),
      )
      expect(notifications.some((entry) => entry.userId === otherFocalPoint.userId)).toBe(false)
    })

    it('counts unread per user, lists newest first with a link to the comment, and marks read', async () => {
      const reader = await createViewer(db, 'delegate', delegate.delegation?.code)
      const first = await write(delegate, 'P-17.02', `@${reader.email} one`, 'delegation')
      await write(focalPoint, 'P-17.02', `@${reader.email} two`, 'delegation')
      expect(await countUnreadNotifications(db, reader)).toBe(2)
      expect(await countUnreadNotifications(db, otherDelegate)).toBe(0)

      const listed = await listNotifications(db, reader)
      expect(listed.map((entry) => entry.text)).toEqual([
        `${focalPoint.name} mentioned you in a comment on P-17.02`,
        `${delegate.name} mentioned you in a comment on P-17.02`,
      ])
      expect(listed[1]?.href).toBe(`/catalogue/P-17.02?comments=all#comment-${first.comment.id}`)

      const firstId = listed[1]?.id ?? ''
      expect(await openNotification(db, otherDelegate, firstId)).toBeNull()
      expect(await openNotification(db, reader, firstId)).toEqual({ href: `/catalogue/P-17.02?comments=all#comment-${first.comment.id}` })
      expect(await countUnreadNotifications(db, reader)).toBe(1)
      await markAllNotificationsRead(db, reader)
      expect(await countUnreadNotifications(db, reader)).toBe(0)
    })

    it('an edit notifies only the newly mentioned', async () => {
      const { comment } = await write(delegate, 'P-17.02', `@${focalPoint.email}`, 'delegation')
      const newcomer = await createViewer(db, 'delegate', delegate.delegation?.code)
      await editComment(db, delegate, {
        itemCode: 'P-17.02',
        commentId: comment.id,
        body: `@${focalPoint.email} and @${newcomer.email}`,
        baseVersion: 1,
      })
      const notifications = await db.notification.findMany({ where: { commentId: comment.id } })
      expect(notifications.map((entry) => entry.userId).sort()).toEqual([focalPoint.userId, newcomer.userId].sort())
    })

    it('shows an excerpt of the comment, read when listed: the current text, as plain text, cut on a word boundary', async () => {
      const reader = await createViewer(db, 'delegate', delegate.delegation?.code)
      const long = `**We support** this element, @${reader.email}, with [two amendments](https://example.org): ${'the second sentence should name regular pathways '.repeat(4)}`
      const { comment } = await write(delegate, 'P-22.01', long, 'delegation')
      const [entry] = await listNotifications(db, reader)
      expect(entry?.comment).toEqual({
        state: 'readable',
        excerpt: `We support this element, @${reader.email}, with two amendments: the second sentence should name regular pathways the second sentence should name…`,
      })
      if (entry?.comment?.state !== 'readable') throw new Error('no excerpt')
      expect(entry.comment.excerpt.length).toBeLessThanOrEqual(160)

      // Not a copy kept in the notification: an edit shows at once.
      await editComment(db, delegate, { itemCode: 'P-22.01', commentId: comment.id, body: 'On reflection, _no_.', baseVersion: 1 })
      expect((await listNotifications(db, reader))[0]?.comment).toEqual({ state: 'readable', excerpt: 'On reflection, no.' })
      expect(await db.notification.count({ where: { commentId: comment.id, text: { contains: 'reflection' } } })).toBe(0)
    })

    it('shows no text of a deleted comment', async () => {
      const reader = await createViewer(db, 'delegate', delegate.delegation?.code)
      const { comment } = await write(delegate, 'P-22.01', `@${reader.email} soon gone`, 'delegation')
      await deleteComment(db, delegate, { itemCode: 'P-22.01', commentId: comment.id })
      const [entry] = await listNotifications(db, reader)
      expect(entry).toMatchObject({ comment: { state: 'deleted' }, href: `/catalogue/P-22.01?comments=all#comment-${comment.id}` })
      expect(JSON.stringify(entry)).not.toContain('soon gone')
    })

    it('shows no text, and no link, once its reader can no longer read the comment', async () => {
      const mover = await createViewer(db, 'delegate', delegate.delegation?.code)
      await write(delegate, 'P-22.01', `@${mover.email} between us`, 'delegation')
      expect(await countUnreadNotifications(db, mover)).toBe(1)
      await db.user.update({ where: { id: mover.userId }, data: { delegationId: otherDelegate.delegation?.id } })
      const moved = { ...mover, delegation: otherDelegate.delegation }
      const listed = await listNotifications(db, moved)
      expect(listed).toHaveLength(1)
      expect(listed[0]).toMatchObject({ comment: { state: 'not_visible' }, href: null, isRead: false })
      expect(JSON.stringify(listed)).not.toContain('between us')
      // It can still be marked read, and leads nowhere.
      expect(await openNotification(db, moved, listed[0]?.id ?? '')).toEqual({ href: null })
      expect(await countUnreadNotifications(db, moved)).toBe(0)
    })

    it('the mail names the item and links to it, never the comment’s words', async () => {
      const reader = await createViewer(db, 'delegate', delegate.delegation?.code)
      const env = { ...getEnv(), SMTP_URL: 'smtp://127.0.0.1:9' }
      await createComment(
        db,
        delegate,
        { itemCode: 'P-22.01', body: `@${reader.email} confidential wording`, visibility: 'delegation', parentId: null },
        { env, baseUrl: 'https://workspace.test' },
      )
      const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: reader.email } })
      expect(`${mail.subject}\n${mail.text}`).toContain('P-22.01')
      expect(`${mail.subject}\n${mail.text}`).not.toContain('confidential')
    })
  })

  describe('mentions across delegations', () => {
    let everyone: Record<string, Viewer>
    let colleague: Viewer
    let secondReviewer: Viewer

    beforeAll(async () => {
      colleague = await createViewer(db, 'delegate', delegate.delegation?.code)
      secondReviewer = await createViewer(db, 'secretariat_reviewer')
      everyone = { focalPoint, colleague, otherDelegate, otherFocalPoint, secretariat, secondReviewer, admin }
    })

    /** Mentions everyone but the author; returns who was notified and who was told "not reached", by cast name. */
    async function mentionEveryone(author: Viewer, visibility: Visibility, parentId: string | null = null) {
      const others = Object.entries(everyone).filter(([, viewer]) => viewer.userId !== author.userId)
      const body = `Mentions at ${visibility}: ${others.map(([, viewer]) => `@${viewer.email}`).join(' ')}`
      const result = await write(author, 'P-11.01', body, visibility, parentId)
      const notified = await db.notification.findMany({
        where: { commentId: result.comment.id, kind: 'mention' },
        select: { userId: true },
      })
      const nameOf = (userId: string) => others.find(([, viewer]) => viewer.userId === userId)?.[0]
      const notReachedNames = others
        .filter(([, viewer]) => result.notReached.includes(`${viewer.email} cannot see this comment and was not notified.`))
        .map(([name]) => name)
      return { comment: result.comment, notified: notified.map((entry) => nameOf(entry.userId)).sort(), notReached: notReachedNames.sort() }
    }

    it('"delegation only" reaches the own delegation only', async () => {
      const { notified, notReached } = await mentionEveryone(delegate, 'delegation')
      expect(notified).toEqual(['colleague', 'focalPoint'])
      expect(notReached).toEqual(['admin', 'otherDelegate', 'otherFocalPoint', 'secondReviewer', 'secretariat'])
    })

    it('"delegation and secretariat" reaches the own delegation and the secretariat', async () => {
      const { notified, notReached } = await mentionEveryone(delegate, 'delegation_and_secretariat')
      expect(notified).toEqual(['colleague', 'focalPoint', 'secondReviewer', 'secretariat'])
      expect(notReached).toEqual(['admin', 'otherDelegate', 'otherFocalPoint'])
    })

    it('"all participants" reaches everyone, other delegations included', async () => {
      const { notified, notReached } = await mentionEveryone(delegate, 'all_participants')
      expect(notified).toEqual(['admin', 'colleague', 'focalPoint', 'otherDelegate', 'otherFocalPoint', 'secondReviewer', 'secretariat'])
      expect(notReached).toEqual([])
      // What was notified is what each of them reads.
      expect(await bodies(otherDelegate, 'P-11.01')).toContain(
        `Mentions at all_participants: ${Object.values(everyone)
          .map((viewer) => `@${viewer.email}`)
          .join(' ')}`,
      )
    })

    it('a reply reaches only the readers of its level, which its parent caps', async () => {
      const root = await write(delegate, 'P-11.01', 'for the secretariat', 'delegation_and_secretariat')
      // The secretariat may not widen the reply past its parent; at the parent's level the other delegation stays out.
      await expect(mentionEveryone(secretariat, 'all_participants', root.comment.id)).rejects.toMatchObject({ code: 'invalid' })
      const capped = await mentionEveryone(secretariat, 'delegation_and_secretariat', root.comment.id)
      expect(capped.notified).toEqual(['colleague', 'focalPoint', 'secondReviewer'])
      expect(capped.notReached).toEqual(['admin', 'otherDelegate', 'otherFocalPoint'])

      const open = await write(delegate, 'P-11.01', 'for all', 'all_participants')
      const narrowed = await mentionEveryone(focalPoint, 'delegation', open.comment.id)
      expect(narrowed.notified).toEqual(['colleague'])
      const wide = await mentionEveryone(focalPoint, 'all_participants', open.comment.id)
      expect(wide.notified).toEqual(['admin', 'colleague', 'otherDelegate', 'otherFocalPoint', 'secondReviewer', 'secretariat'])
    })

    it('a reply in another delegation’s open thread notifies its earlier authors there', async () => {
      const root = await write(otherDelegate, 'P-11.01', 'open question', 'all_participants')
      const answer = await write(secretariat, 'P-11.01', `answered, @${delegate.email}`, 'all_participants', root.comment.id)
      const notifications = await db.notification.findMany({
        where: { commentId: answer.comment.id },
        select: { userId: true, kind: true },
      })
      expect(notifications.map((entry) => [entry.userId, entry.kind]).sort()).toEqual(
        [
          [delegate.userId, 'mention'],
          [otherDelegate.userId, 'reply'],
          [otherFocalPoint.userId, 'secretariat_request'],
        ].sort(),
      )
    })

    it('a deactivated person is never reached', async () => {
      const leaver = await createViewer(db, 'delegate', otherDelegate.delegation?.code)
      await db.user.update({ where: { id: leaver.userId }, data: { deactivatedAt: new Date() } })
      const result = await write(delegate, 'P-11.01', `@${leaver.email}`, 'all_participants')
      expect(result.notReached).toEqual([`${leaver.email} cannot see this comment and was not notified.`])
      expect(await db.notification.count({ where: { commentId: result.comment.id } })).toBe(0)
    })
  })

  describe('mention suggestions', () => {
    it('offer each person at the levels at which they would read the comment, and only names the viewer meets on the item', async () => {
      const item = 'P-11.02'
      const colleague = await createViewer(db, 'delegate', delegate.delegation?.code)
      // The other delegation: its delegate writes where everyone reads, its focal point only among themselves.
      await write(otherDelegate, item, 'open to all', 'all_participants')
      await write(otherFocalPoint, item, 'between us', 'delegation')

      const offered = async (viewer: Viewer) =>
        Object.fromEntries((await listMentionCandidates(db, viewer, item)).map((candidate) => [candidate.email, candidate.readsAt]))
      const ours = delegate.delegation?.code ?? ''
      const theirs = otherDelegate.delegation?.code ?? ''

      const forDelegate = await offered(delegate)
      expect(forDelegate[colleague.email]).toEqual({ [ours]: levels })
      expect(forDelegate[focalPoint.email]).toEqual({ [ours]: levels })
      expect(forDelegate[secretariat.email]).toEqual({ [ours]: ['delegation_and_secretariat', 'all_participants'] })
      expect(forDelegate[otherDelegate.email]).toEqual({ [ours]: ['all_participants'] })
      // Someone whose name the delegate never meets here is not offered, nor is the delegate themself.
      expect(forDelegate[otherFocalPoint.email]).toBeUndefined()
      expect(forDelegate[delegate.email]).toBeUndefined()
      expect(forDelegate[admin.email]).toBeUndefined()

      // The secretariat answers in the conversations it reads here: each person reads there at their own levels.
      await write(delegate, item, 'for the secretariat', 'delegation_and_secretariat')
      const forSecretariat = await offered(secretariat)
      expect(forSecretariat[delegate.email]).toEqual({ [ours]: levels, [theirs]: ['all_participants'] })
      expect(forSecretariat[otherFocalPoint.email]).toEqual({ [ours]: ['all_participants'], [theirs]: levels })
      expect(forSecretariat[secretariat.email]).toBeUndefined()

      expect(await listMentionCandidates(db, admin, item)).toEqual([])
    })

    it('whoever is offered at a level is notified when mentioned at it, and nobody else', async () => {
      const item = 'P-11.02'
      const candidates = await listMentionCandidates(db, delegate, item)
      const ours = delegate.delegation?.code ?? ''
      for (const level of levels) {
        const result = await write(delegate, item, candidates.map((candidate) => `@${candidate.email}`).join(' '), level)
        const notified = await db.notification.findMany({
          where: { commentId: result.comment.id },
          select: { user: { select: { email: true } } },
        })
        const offeredAtLevel = candidates
          .filter((candidate) => candidate.readsAt[ours]?.includes(level))
          .map((candidate) => candidate.email)
        expect(notified.map((entry) => entry.user.email).sort(), level).toEqual(offeredAtLevel.sort())
        expect(offeredAtLevel.length, level).toBeGreaterThan(0)
      }
    })
  })

  describe('bad input', () => {
    it('limits a comment to 10 000 characters, refuses empty ones and unknown levels', () => {
      const base = { itemCode: 'P-01.01', parentId: '' }
      expect(createCommentSchema.safeParse({ ...base, body: 'x'.repeat(10_000), visibility: 'delegation' }).success).toBe(true)
      expect(createCommentSchema.safeParse({ ...base, body: 'x'.repeat(10_001), visibility: 'delegation' }).success).toBe(false)
      expect(createCommentSchema.safeParse({ ...base, body: '   \n', visibility: 'delegation' }).success).toBe(false)
      expect(createCommentSchema.safeParse({ ...base, body: 'ok', visibility: 'everyone' }).success).toBe(false)
    })
  })
})
