/**
 * Drafts with optimistic versioning, and shares that keep the version they
 * shared. A delegation of its own per test file; items R-* only (the
 * authorization matrix shares on E-* items).
 */
import { beforeAll, describe, expect, it } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import type { Stance } from '@/lib/generated/prisma/enums'
import { useTestDb } from '@/lib/testing/db'
import { createCast } from '@/lib/testing/factories'
import { ConflictError } from '@/lib/errors'
import { getOwnDraft, listDraftHistory, listShares, saveDraft, shareDraft, type Draft } from '@/lib/drafts/drafts'
import type { PositionContent } from '@/lib/positions/position-schemas'
import { positionKind } from '@/lib/positions/position-kind'

describe('positions', () => {
  const db = useTestDb()

  let delegate: Viewer
  let focalPoint: Viewer
  let otherDelegate: Viewer
  let secretariat: Viewer

  beforeAll(async () => {
    ;({ delegate, focalPoint, otherDelegate, secretariat } = (await createCast(db)).viewers)
  })

  function save(viewer: Viewer, itemCode: string, rationale: string, baseVersion: number | null, stance: Stance = 'support') {
    return saveDraft(db, viewer, positionKind, { itemCode, stance, rationale, proposedWording: null, baseVersion })
  }

  async function storedPosition(viewer: Viewer, itemCode: string) {
    return db.position.findFirstOrThrow({ where: { delegationId: viewer.delegation?.id, item: { code: itemCode } } })
  }

  describe('position drafts', () => {
    it('the first save (base version null) creates version 1', async () => {
      const draft = await save(delegate, 'R-19.01', 'first thoughts', null)
      expect(draft).toMatchObject({
        itemCode: 'R-19.01',
        stance: 'support',
        rationale: 'first thoughts',
        proposedWording: null,
        version: 1,
      })
      expect(draft.updatedBy).toBe(delegate.name)
      expect(await getOwnDraft(db, delegate, positionKind, 'R-19.01')).toEqual(draft)
    })

    it('a save based on a stale version throws ConflictError with the current draft, and changes nothing', async () => {
      await save(delegate, 'R-19.02', 'version one', null)
      const second = await save(focalPoint, 'R-19.02', 'version two', 1, 'concerns')
      expect(second.version).toBe(2)
      const before = await storedPosition(delegate, 'R-19.02')

      const error = await save(delegate, 'R-19.02', 'overwriting from version one', 1, 'oppose').catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ConflictError)
      expect((error as ConflictError).current).toEqual(second)
      expect(await storedPosition(delegate, 'R-19.02')).toEqual(before)
    })

    it('a second "first save" conflicts with the draft someone else created', async () => {
      const first = await save(delegate, 'R-19.03', 'created first', null)
      const error = await save(focalPoint, 'R-19.03', 'created second', null).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ConflictError)
      expect((error as ConflictError).current).toEqual(first)
      expect(await db.position.count({ where: { delegationId: delegate.delegation?.id, item: { code: 'R-19.03' } } })).toBe(1)
    })

    it('another delegation’s drafts on the same item are separate positions with their own versions', async () => {
      await save(delegate, 'R-19.04', 'ours', null)
      await save(delegate, 'R-19.04', 'ours again', 1)
      const theirs = await save(otherDelegate, 'R-19.04', 'theirs', null)
      expect(theirs.version).toBe(1)
      expect((await getOwnDraft(db, delegate, positionKind, 'R-19.04'))?.rationale).toBe('ours again')
      expect((await getOwnDraft(db, otherDelegate, positionKind, 'R-19.04'))?.rationale).toBe('theirs')
    })

    it('of 50 concurrent saves based on one version, exactly one succeeds', async () => {
      await save(delegate, 'R-19.05', 'base', null)
      const results = await Promise.allSettled(Array.from({ length: 50 }, (_, index) => save(delegate, 'R-19.05', `racer ${index}`, 1)))
      const succeeded = results.filter((result): result is PromiseFulfilledResult<Draft<PositionContent>> => result.status === 'fulfilled')
      expect(succeeded).toHaveLength(1)
      for (const result of results) if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(ConflictError)
      const winner = succeeded[0]?.value
      expect(winner?.version).toBe(2)
      const stored = await storedPosition(delegate, 'R-19.05')
      expect({ version: stored.version, rationale: stored.rationale }).toEqual({ version: 2, rationale: winner?.rationale })
      // One history entry per save that happened: the first, and the one winner.
      const history = await listDraftHistory(db, delegate, positionKind, 'R-19.05')
      expect(history.map((entry) => [entry.action, entry.version])).toEqual([
        ['saved', 2],
        ['saved', 1],
      ])
      expect(history[0]?.before).toMatchObject({ rationale: 'base' })
      expect(history[0]?.after).toMatchObject({ rationale: winner?.rationale })
    })

    it('50 concurrent savers retrying on conflict: every save lands once, versions 2…51 without gaps or duplicates', async () => {
      await save(delegate, 'R-20.03', 'base', null)
      const writers = 50
      let conflicts = 0
      const saved = await Promise.all(
        Array.from({ length: writers }, async (_, index) => {
          let baseVersion = 1
          for (let attempt = 0; attempt < 500; attempt++) {
            try {
              return await save(index % 2 ? delegate : focalPoint, 'R-20.03', `writer ${index}`, baseVersion)
            } catch (error) {
              if (!(error instanceof ConflictError)) throw error
              conflicts++
              baseVersion = error.current.version
              // A little jitter, as a person (or a client) retrying would have, so 50 writers do not thrash.
              await new Promise((resolve) => setTimeout(resolve, Math.random() * 10))
            }
          }
          throw new Error(`writer ${index} never got through`)
        }),
      )
      const versions = saved.map((draft) => draft.version).sort((a, b) => a - b)
      expect(versions).toEqual(Array.from({ length: writers }, (_, index) => index + 2))
      expect(new Set(saved.map((draft) => draft.rationale)).size).toBe(writers)
      const stored = await storedPosition(delegate, 'R-20.03')
      expect(stored.version).toBe(1 + saved.length)
      expect(stored.rationale).toBe(saved.find((draft) => draft.version === stored.version)?.rationale)
      expect(conflicts).toBeGreaterThan(0)

      // Exactly one history entry per successful save, each version once, each
      // recording the text it replaced: nothing lost, nothing duplicated.
      const history = (await listDraftHistory(db, delegate, positionKind, 'R-20.03')).filter((entry) => entry.action === 'saved')
      expect(history.map((entry) => entry.version).sort((a, b) => a - b)).toEqual(
        Array.from({ length: writers + 1 }, (_, index) => index + 1),
      )
      const afterByVersion = new Map(history.map((entry) => [entry.version, entry.after]))
      for (const entry of history.filter((candidate) => candidate.version > 1)) {
        expect(entry.before).toEqual(afterByVersion.get(entry.version - 1))
      }
    }, 120_000)

    it('history is append-only: the database refuses to change or delete it', async () => {
      await save(delegate, 'R-21.06', 'recorded', null)
      const position = await storedPosition(delegate, 'R-21.06')
      await expect(db.positionHistory.updateMany({ where: { positionId: position.id }, data: { version: 99 } })).rejects.toThrow(
        /append-only/,
      )
      await expect(db.positionHistory.deleteMany({ where: { positionId: position.id } })).rejects.toThrow(/append-only/)
      expect(await db.positionHistory.count({ where: { positionId: position.id } })).toBe(1)
    })

    it('a position on a retired item can be neither saved nor shared', async () => {
      await save(delegate, 'R-21.04', 'before retirement', null)
      await db.item.update({ where: { code: 'R-21.04' }, data: { retiredAt: new Date() } })
      try {
        await expect(save(delegate, 'R-21.04', 'after retirement', 1)).rejects.toMatchObject({ code: 'not_found' })
        await expect(
          shareDraft(db, focalPoint, positionKind, { itemCode: 'R-21.04', visibility: 'all_participants' }),
        ).rejects.toMatchObject({
          code: 'not_found',
        })
        expect(
          await db.positionShare.count({ where: { position: { item: { code: 'R-21.04' }, delegationId: focalPoint.delegation?.id } } }),
        ).toBe(0)
      } finally {
        await db.item.update({ where: { code: 'R-21.04' }, data: { retiredAt: null } })
      }
    })

    it('history is read by the own delegation only', async () => {
      await save(delegate, 'R-21.05', 'our reasons', null)
      expect((await listDraftHistory(db, focalPoint, positionKind, 'R-21.05')).map((entry) => entry.action)).toEqual(['saved'])
      expect(await listDraftHistory(db, otherDelegate, positionKind, 'R-21.05')).toEqual([])
      await expect(listDraftHistory(db, secretariat, positionKind, 'R-21.05')).rejects.toMatchObject({ code: 'forbidden' })
    })
  })

  describe('sharing', () => {
    it('records the shared version; later edits leave the share as it was until shared again', async () => {
      const item = 'R-20.01'
      await save(delegate, item, 'shared text', null)
      const share = await shareDraft(db, focalPoint, positionKind, { itemCode: item, visibility: 'all_participants' })
      expect(share).toMatchObject({ itemCode: item, version: 1, rationale: 'shared text', visibility: 'all_participants', isCurrent: true })
      expect(share.sharedBy).toBe(focalPoint.name)

      await save(delegate, item, 'edited, not shared', 1, 'oppose')
      await save(delegate, item, 'edited again, not shared', 2, 'oppose')
      for (const viewer of [otherDelegate, secretariat]) {
        const seen = await listShares(db, viewer, positionKind, { itemCode: item, delegationCode: focalPoint.delegation?.code })
        expect(seen.map(({ version, rationale, stance, isCurrent }) => ({ version, rationale, stance, isCurrent }))).toEqual([
          { version: 1, rationale: 'shared text', stance: 'support', isCurrent: true },
        ])
      }

      const again = await shareDraft(db, focalPoint, positionKind, { itemCode: item, visibility: 'all_participants' })
      expect(again).toMatchObject({ version: 3, rationale: 'edited again, not shared', stance: 'oppose', isCurrent: true })
      const seen = await listShares(db, otherDelegate, positionKind, { itemCode: item, delegationCode: focalPoint.delegation?.code })
      expect(seen.map(({ version, isCurrent }) => ({ version, isCurrent }))).toEqual([{ version: 3, isCurrent: true }])
      const history = await listShares(db, delegate, positionKind, { itemCode: item })
      expect(history.map(({ version, isCurrent }) => ({ version, isCurrent }))).toEqual([
        { version: 3, isCurrent: true },
        { version: 1, isCurrent: false },
      ])
    })

    it('concurrent shares of one position leave exactly one current share', async () => {
      const item = 'R-20.02'
      await save(delegate, item, 'to share', null)
      await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          shareDraft(db, focalPoint, positionKind, {
            itemCode: item,
            visibility: index % 2 ? 'all_participants' : 'delegation_and_secretariat',
          }),
        ),
      )
      const position = await storedPosition(delegate, item)
      expect(await db.positionShare.count({ where: { positionId: position.id } })).toBe(10)
      expect(await db.positionShare.count({ where: { positionId: position.id, isCurrent: true } })).toBe(1)
    })
  })
})
