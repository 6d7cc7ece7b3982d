/**
 * Implementation statuses: the same draft-and-share cycle as positions, over
 * their own tables. Delegations of their own per file, so the visibility
 * checks see only what this file shared; items R-* (the authorization matrix
 * shares statuses on E-* items).
 */
import { beforeAll, describe, expect, it } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import type { ImplementationState, Visibility } from '@/lib/generated/prisma/enums'
import { useTestDb } from '@/lib/testing/db'
import { createCast } from '@/lib/testing/factories'

import { statusDraftSchema, type StatusContent } from './status-schemas'
import { ConflictError } from '@/lib/errors'
import { getOwnDraft, listDraftHistory, listOwnDrafts, listShares, saveDraft, shareDraft, type Draft } from '@/lib/drafts/drafts'
import { statusKind } from '@/lib/statuses/status-kind'

describe('implementation statuses', () => {
  const db = useTestDb()

  let delegate: Viewer
  let focalPoint: Viewer
  let otherDelegate: Viewer
  let otherFocalPoint: Viewer
  let secretariat: Viewer
  let administrator: Viewer

  beforeAll(async () => {
    ;({ delegate, focalPoint, otherDelegate, otherFocalPoint, secretariat, administrator } = (await createCast(db)).viewers)
  })

  function save(
    viewer: Viewer,
    itemCode: string,
    evidence: string,
    baseVersion: number | null,
    more: { state?: ImplementationState; links?: string[]; asOf?: string | null } = {},
  ) {
    return saveDraft(db, viewer, statusKind, {
      itemCode,
      state: more.state ?? 'in_progress',
      evidence,
      links: more.links ?? [],
      asOf: more.asOf ?? null,
      baseVersion,
    })
  }

  async function storedStatus(viewer: Viewer, itemCode: string) {
    return db.implementationStatus.findFirstOrThrow({ where: { delegationId: viewer.delegation?.id, item: { code: itemCode } } })
  }

  describe('drafts', () => {
    it('the first save creates version 1 with evidence, links and the as-of day; the next save on it creates version 2', async () => {
      const first = await save(delegate, 'R-19.01', 'a law is in parliament', null, {
        links: ['https://example.org/bill'],
        asOf: '2017-11-01',
      })
      expect(first).toMatchObject({
        itemCode: 'R-19.01',
        state: 'in_progress',
        evidence: 'a law is in parliament',
        links: ['https://example.org/bill'],
        asOf: '2017-11-01',
        version: 1,
        updatedBy: delegate.name,
      })
      expect(await getOwnDraft(db, focalPoint, statusKind, 'R-19.01')).toEqual(first)
      const second = await save(focalPoint, 'R-19.01', 'the law passed', 1, { state: 'implemented' })
      expect(second).toMatchObject({ version: 2, state: 'implemented', links: [], asOf: null, updatedBy: focalPoint.name })
      expect((await listOwnDrafts(db, delegate, statusKind)).map((status) => status.itemCode)).toContain('R-19.01')
    })

    it('a save based on a stale version throws ConflictError carrying the current status, and changes nothing', async () => {
      await save(delegate, 'R-19.02', 'one', null)
      const second = await save(focalPoint, 'R-19.02', 'two', 1, { state: 'planned' })
      const before = await storedStatus(delegate, 'R-19.02')
      const error = await save(delegate, 'R-19.02', 'from one', 1).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ConflictError)
      expect((error as ConflictError).current).toEqual(second)
      expect(await storedStatus(delegate, 'R-19.02')).toEqual(before)
      // A second "first save" conflicts too, rather than creating a twin.
      await expect(save(focalPoint, 'R-19.02', 'another first', null)).rejects.toBeInstanceOf(ConflictError)
    })

    it('one history entry per save, recording from what to what', async () => {
      await save(delegate, 'R-19.03', 'first', null, { links: ['http://example.org/a'] })
      await save(delegate, 'R-19.03', 'second', 1, { state: 'implemented', asOf: '2017-12-04' })
      const history = await listDraftHistory(db, focalPoint, statusKind, 'R-19.03')
      expect(history.map(({ action, version, before, after }) => ({ action, version, before, after }))).toEqual([
        {
          action: 'saved',
          version: 2,
          before: { state: 'in_progress', evidence: 'first', links: ['http://example.org/a'], asOf: null },
          after: { state: 'implemented', evidence: 'second', links: [], asOf: '2017-12-04' },
        },
        {
          action: 'saved',
          version: 1,
          before: null,
          after: { state: 'in_progress', evidence: 'first', links: ['http://example.org/a'], asOf: null },
        },
      ])
      expect(await listDraftHistory(db, otherDelegate, statusKind, 'R-19.03')).toEqual([])
      await expect(listDraftHistory(db, secretariat, statusKind, 'R-19.03')).rejects.toMatchObject({ code: 'forbidden' })
    })

    it('of 20 concurrent saves based on one version, exactly one succeeds and leaves one history entry', async () => {
      await save(delegate, 'R-19.04', 'base', null)
      const results = await Promise.allSettled(Array.from({ length: 20 }, (_, index) => save(delegate, 'R-19.04', `racer ${index}`, 1)))
      const succeeded = results.filter((result): result is PromiseFulfilledResult<Draft<StatusContent>> => result.status === 'fulfilled')
      expect(succeeded).toHaveLength(1)
      for (const result of results) if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(ConflictError)
      const stored = await storedStatus(delegate, 'R-19.04')
      expect({ version: stored.version, evidence: stored.evidence }).toEqual({ version: 2, evidence: succeeded[0]?.value.evidence })
      const history = await listDraftHistory(db, delegate, statusKind, 'R-19.04')
      expect(history.map((entry) => [entry.action, entry.version])).toEqual([
        ['saved', 2],
        ['saved', 1],
      ])
    })

    it('history is append-only: the database refuses to change or delete it', async () => {
      await save(delegate, 'R-19.05', 'recorded', null)
      const status = await storedStatus(delegate, 'R-19.05')
      await expect(db.implementationStatusHistory.updateMany({ where: { statusId: status.id }, data: { version: 99 } })).rejects.toThrow(
        /append-only/,
      )
      await expect(db.implementationStatusHistory.deleteMany({ where: { statusId: status.id } })).rejects.toThrow(/append-only/)
      expect(await db.implementationStatusHistory.count({ where: { statusId: status.id } })).toBe(1)
    })

    it('the secretariat and the administrator neither read nor save drafts', async () => {
      await save(delegate, 'R-20.01', 'ours only', null)
      for (const viewer of [secretariat, administrator]) {
        await expect(getOwnDraft(db, viewer, statusKind, 'R-20.01')).rejects.toMatchObject({ code: 'forbidden' })
        await expect(listOwnDrafts(db, viewer, statusKind)).rejects.toMatchObject({ code: 'forbidden' })
        await expect(save(viewer, 'R-20.01', 'theirs', null)).rejects.toMatchObject({ code: 'forbidden' })
      }
      expect(await getOwnDraft(db, otherDelegate, statusKind, 'R-20.01')).toBeNull()
      expect((await listOwnDrafts(db, otherDelegate, statusKind)).map((status) => status.evidence)).not.toContain('ours only')
    })
  })

  describe('the form schema', () => {
    const valid = { itemCode: 'R-19.01', state: 'planned', evidence: 'x', links: '', asOf: '', baseVersion: '' }

    it('reads one link per line, turns CRLF into LF, and a blank date into null', () => {
      const parsed = statusDraftSchema.parse({
        ...valid,
        evidence: 'line one\r\nline two',
        links: ' https://example.org/a \r\n\r\nhttp://example.org/b\n',
        asOf: '2017-12-04',
      })
      expect(parsed).toMatchObject({
        evidence: 'line one\nline two',
        links: ['https://example.org/a', 'http://example.org/b'],
        asOf: '2017-12-04',
        baseVersion: null,
      })
      expect(statusDraftSchema.parse(valid).asOf).toBeNull()
    })

    it.each([
      ['a javascript: link', { links: 'javascript:alert(1)' }],
      ['a data: link', { links: 'data:text/html,<script>alert(1)</script>' }],
      ['a link without a scheme', { links: 'example.org' }],
      ['a link over 2000 characters', { links: `https://example.org/${'a'.repeat(2000)}` }],
      ['21 links', { links: Array.from({ length: 21 }, (_, index) => `https://example.org/${index}`).join('\n') }],
      ['evidence over 5000 characters', { evidence: 'a'.repeat(5001) }],
      ['a day that does not exist', { asOf: '2017-02-30' }],
      ['a date in another format', { asOf: '04/12/2017' }],
      ['a date more than a year ahead', { asOf: `${new Date().getUTCFullYear() + 2}-01-01` }],
      ['an unknown state', { state: 'done' }],
    ])('refuses %s', (_label, change) => {
      expect(statusDraftSchema.safeParse({ ...valid, ...change }).success).toBe(false)
    })
  })

  describe('sharing and visibility', () => {
    it('a share freezes the version it shared; later saves leave it as it was until shared again', async () => {
      const item = 'R-20.04'
      await save(delegate, item, 'shared evidence', null, { links: ['https://example.org/report'] })
      const share = await shareDraft(db, focalPoint, statusKind, { itemCode: item, visibility: 'all_participants', expectedVersion: 1 })
      expect(share).toMatchObject({ version: 1, evidence: 'shared evidence', links: ['https://example.org/report'], isCurrent: true })
      await save(delegate, item, 'edited, not shared', 1, { state: 'implemented' })
      const seen = await listShares(db, otherDelegate, statusKind, { itemCode: item })
      expect(seen.map(({ version, evidence, state }) => ({ version, evidence, state }))).toEqual([
        { version: 1, evidence: 'shared evidence', state: 'in_progress' },
      ])
      // The focal point read version 1; the draft is at 2 now: refused, nothing shared.
      await expect(
        shareDraft(db, focalPoint, statusKind, { itemCode: item, visibility: 'all_participants', expectedVersion: 1 }),
      ).rejects.toMatchObject({ code: 'stale' })
      expect(await db.implementationStatusShare.count({ where: { status: { item: { code: item } } } })).toBe(1)
      const history = await listDraftHistory(db, delegate, statusKind, item)
      expect(history.map((entry) => [entry.action, entry.version])).toEqual([
        ['saved', 2],
        ['shared', 1],
        ['saved', 1],
      ])
    })

    it('only focal points share, and only their own delegation’s status', async () => {
      await save(otherDelegate, 'R-20.05', 'theirs', null)
      await expect(shareDraft(db, delegate, statusKind, { itemCode: 'R-20.05', visibility: 'all_participants' })).rejects.toMatchObject({
        code: 'forbidden',
      })
      await expect(shareDraft(db, focalPoint, statusKind, { itemCode: 'R-20.05', visibility: 'all_participants' })).rejects.toMatchObject({
        code: 'invalid',
      })
      expect(await db.implementationStatusShare.count({ where: { status: { item: { code: 'R-20.05' } } } })).toBe(0)
    })

    it('another delegation sees only current all-participants shares; the secretariat also delegation-and-secretariat; drafts nobody else', async () => {
      const items: Record<Visibility, string> = {
        delegation: 'R-20.06',
        delegation_and_secretariat: 'R-21.01',
        all_participants: 'R-21.03',
      }
      for (const [visibility, item] of Object.entries(items) as [Visibility, string][]) {
        await save(otherDelegate, item, `${visibility} shared`, null)
        await shareDraft(db, otherFocalPoint, statusKind, { itemCode: item, visibility })
        await save(otherDelegate, item, `${visibility} later draft`, 1)
      }
      // Shared widely, then narrowed: the earlier wide share no longer reaches anyone else.
      await save(otherDelegate, 'R-17.01', 'narrowed', null)
      await shareDraft(db, otherFocalPoint, statusKind, { itemCode: 'R-17.01', visibility: 'all_participants' })
      await shareDraft(db, otherFocalPoint, statusKind, { itemCode: 'R-17.01', visibility: 'delegation' })

      const otherCode = otherDelegate.delegation?.code
      const seenBy = async (viewer: Viewer) =>
        (await listShares(db, viewer, statusKind, { delegationCode: otherCode })).map(({ itemCode, evidence, isCurrent }) => ({
          itemCode,
          evidence,
          isCurrent,
        }))
      for (const viewer of [delegate, focalPoint, administrator]) {
        expect(await seenBy(viewer)).toEqual([{ itemCode: items.all_participants, evidence: 'all_participants shared', isCurrent: true }])
      }
      expect(await seenBy(secretariat)).toEqual([
        { itemCode: items.delegation_and_secretariat, evidence: 'delegation_and_secretariat shared', isCurrent: true },
        { itemCode: items.all_participants, evidence: 'all_participants shared', isCurrent: true },
      ])
      // The own delegation sees all its shares, the superseded one included.
      expect((await seenBy(otherDelegate)).filter((share) => share.itemCode === 'R-17.01')).toEqual([
        { itemCode: 'R-17.01', evidence: 'narrowed', isCurrent: true },
        { itemCode: 'R-17.01', evidence: 'narrowed', isCurrent: false },
      ])
      for (const viewer of [delegate, focalPoint, secretariat, administrator]) {
        for (const share of await listShares(db, viewer, statusKind)) expect(share.evidence).not.toMatch(/later draft/)
      }
    })
  })
})
