/**
 * The draft → share → history cycle, once for every kind of delegation input:
 * each guarantee (no lost update, one history entry per save, one current
 * share, the visibility rule) is checked on positions and on implementation
 * statuses alike. Delegations of the file's own, so the visibility checks see
 * only what this file shared; items R-* (the authorization matrix shares on
 * E-* items, comments use P-*).
 */
import { beforeAll, describe, expect, it } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import { ConflictError } from '@/lib/errors'
import { Prisma } from '@/lib/generated/prisma/client'
import type { Visibility } from '@/lib/generated/prisma/enums'
import { positionKind } from '@/lib/positions/position-kind'
import type { PositionContent } from '@/lib/positions/position-schemas'
import { statusKind } from '@/lib/statuses/status-kind'
import type { StatusContent } from '@/lib/statuses/status-schemas'
import { useTestDb } from '@/lib/testing/db'
import { createCast, type Cast } from '@/lib/testing/factories'

import type { DraftKind } from '@/lib/drafts/draft-kind'
import { getOwnDraft, listDraftHistory, listOwnDrafts, listShares, saveDraft, shareDraft, type Draft } from '@/lib/drafts/drafts'

/** A kind under test: content with a given main text (and a second variant of its other fields), and that text read back. */
type KindCase<Content> = {
  name: string
  kind: DraftKind<Content>
  content: (text: string, variant?: 'changed') => Content
  textOf: (content: Content) => string
}

const positions: KindCase<PositionContent> = {
  name: 'positions',
  kind: positionKind,
  content: (rationale, variant) => ({ stance: variant ? 'oppose' : 'support', rationale, proposedWording: variant ? 'new words' : null }),
  textOf: (position) => position.rationale,
}

const statuses: KindCase<StatusContent> = {
  name: 'implementation statuses',
  kind: statusKind,
  content: (evidence, variant) => ({
    state: variant ? 'implemented' : 'in_progress',
    evidence,
    links: variant ? [] : ['https://example.org/bill'],
    asOf: variant ? '2017-12-04' : null,
  }),
  textOf: (status) => status.evidence,
}

describe.each([positions, statuses] as KindCase<object>[])('the draft cycle of $name', ({ kind, content, textOf }) => {
  const db = useTestDb()
  let cast: Cast['viewers']

  beforeAll(async () => {
    cast = (await createCast(db)).viewers
  })

  // The kind's tables by name, to check what the database holds whatever the functions say.
  // Identifiers from the kind's descriptor, spliced as SQL; every value below is a bind parameter.
  const draftTable = Prisma.raw(`"${kind.draftModel}"`)
  const shareTable = Prisma.raw(`"${kind.draftModel}Share"`)
  const historyTable = Prisma.raw(`"${kind.draftModel}History"`)
  const parentKey = Prisma.raw(`"${kind.parentKey}"`)
  const contentColumns = Prisma.raw(kind.columns.map((column) => `"${column}"`).join(', '))

  function save(viewer: Viewer, itemCode: string, text: string, baseVersion: number | null, variant?: 'changed') {
    return saveDraft(db, viewer, kind, { ...content(text, variant), itemCode, baseVersion })
  }

  function share(viewer: Viewer, itemCode: string, visibility: Visibility, expectedVersion?: number) {
    return shareDraft(db, viewer, kind, { itemCode, visibility, expectedVersion })
  }

  async function stored(viewer: Viewer, itemCode: string): Promise<Record<string, unknown> & { id: string; version: number }> {
    const rows = await db.$queryRaw<(Record<string, unknown> & { id: string; version: number })[]>(
      Prisma.sql`SELECT d.* FROM ${draftTable} d JOIN "Item" i ON i.id = d."itemId" WHERE d."delegationId" = ${viewer.delegation?.id} AND i.code = ${itemCode}`,
    )
    if (!rows[0]) throw new Error(`No draft on ${itemCode}.`)
    return rows[0]
  }

  async function count(table: Prisma.Sql, where: Prisma.Sql): Promise<number> {
    const [row] = await db.$queryRaw<{ count: bigint }[]>(Prisma.sql`SELECT count(*) FROM ${table} WHERE ${where}`)
    return Number(row?.count)
  }

  describe('drafts', () => {
    it('the first save (base version null) creates version 1; a save on it creates version 2', async () => {
      const first = await save(cast.delegate, 'R-19.01', 'first thoughts', null)
      expect(first).toMatchObject({ ...content('first thoughts'), itemCode: 'R-19.01', version: 1, updatedBy: cast.delegate.name })
      expect(await getOwnDraft(db, cast.focalPoint, kind, 'R-19.01')).toEqual(first)
      const second = await save(cast.focalPoint, 'R-19.01', 'second thoughts', 1, 'changed')
      expect(second).toMatchObject({ ...content('second thoughts', 'changed'), version: 2, updatedBy: cast.focalPoint.name })
      expect((await listOwnDrafts(db, cast.delegate, kind)).map((draft) => draft.itemCode)).toContain('R-19.01')
    })

    it('a save based on a stale version throws ConflictError with the current draft, and changes nothing', async () => {
      await save(cast.delegate, 'R-19.02', 'version one', null)
      const second = await save(cast.focalPoint, 'R-19.02', 'version two', 1, 'changed')
      const before = await stored(cast.delegate, 'R-19.02')
      const error = await save(cast.delegate, 'R-19.02', 'overwriting from version one', 1).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ConflictError)
      expect((error as ConflictError).current).toEqual(second)
      expect(await stored(cast.delegate, 'R-19.02')).toEqual(before)
    })

    it('a second "first save" conflicts with the draft someone else created', async () => {
      const first = await save(cast.delegate, 'R-19.03', 'created first', null)
      const error = await save(cast.focalPoint, 'R-19.03', 'created second', null).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ConflictError)
      expect((error as ConflictError).current).toEqual(first)
      expect(
        await count(
          draftTable,
          Prisma.sql`"delegationId" = ${cast.delegate.delegation?.id} AND "itemId" = (SELECT id FROM "Item" WHERE code = ${'R-19.03'})`,
        ),
      ).toBe(1)
    })

    it('another delegation’s draft on the same item is a draft of its own, with its own versions', async () => {
      await save(cast.delegate, 'R-19.04', 'ours', null)
      await save(cast.delegate, 'R-19.04', 'ours again', 1)
      const theirs = await save(cast.otherDelegate, 'R-19.04', 'theirs', null)
      expect(theirs.version).toBe(1)
      expect(await getOwnDraft(db, cast.delegate, kind, 'R-19.04')).toMatchObject({ ...content('ours again'), version: 2 })
      expect(await getOwnDraft(db, cast.otherDelegate, kind, 'R-19.04')).toMatchObject({ ...content('theirs'), version: 1 })
    })

    it('a draft on an item that is not in the catalogue is not found, and nothing is written', async () => {
      await expect(save(cast.delegate, 'R-99.99', 'nowhere', null)).rejects.toMatchObject({ code: 'not_found' })
      expect(await count(draftTable, Prisma.sql`"delegationId" = ${cast.delegate.delegation?.id}`)).toBe(
        (await listOwnDrafts(db, cast.delegate, kind)).length,
      )
    })

    it('of 50 concurrent saves based on one version, exactly one succeeds and leaves one history entry', async () => {
      await save(cast.delegate, 'R-19.05', 'base', null)
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, index) => save(cast.delegate, 'R-19.05', `racer ${index}`, 1)),
      )
      const succeeded = results.filter((result): result is PromiseFulfilledResult<Draft<object>> => result.status === 'fulfilled')
      expect(succeeded).toHaveLength(1)
      for (const result of results) if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(ConflictError)
      const winner = succeeded[0]?.value
      expect(winner?.version).toBe(2)
      expect((await stored(cast.delegate, 'R-19.05')).version).toBe(2)
      expect(await getOwnDraft(db, cast.delegate, kind, 'R-19.05')).toEqual(winner)
      // One history entry per save that happened: the first, and the one winner.
      const history = await listDraftHistory(db, cast.delegate, kind, 'R-19.05')
      expect(history.map((entry) => [entry.action, entry.version])).toEqual([
        ['saved', 2],
        ['saved', 1],
      ])
      expect(history[0]?.before).toEqual(content('base'))
      expect(history[0]?.after).toEqual(winner && content(textOf(winner)))
    })

    it('50 concurrent savers retrying on conflict: every save lands once, versions 2…51 without gaps or duplicates', async () => {
      await save(cast.delegate, 'R-20.03', 'base', null)
      const writers = 50
      let conflicts = 0
      const saved = await Promise.all(
        Array.from({ length: writers }, async (_, index) => {
          let baseVersion = 1
          for (let attempt = 0; attempt < 500; attempt++) {
            try {
              return await save(index % 2 ? cast.delegate : cast.focalPoint, 'R-20.03', `writer ${index}`, baseVersion)
            } catch (error) {
              if (!(error instanceof ConflictError)) throw error
              conflicts++
              baseVersion = (error as ConflictError<Draft<object>>).current.version
              // A little jitter, as a person (or a client) retrying would have, so 50 writers do not thrash.
              await new Promise((resolve) => setTimeout(resolve, Math.random() * 10))
            }
          }
          throw new Error(`writer ${index} never got through`)
        }),
      )
      const versions = saved.map((draft) => draft.version).sort((a, b) => a - b)
      expect(versions).toEqual(Array.from({ length: writers }, (_, index) => index + 2))
      expect(new Set(saved.map(textOf)).size).toBe(writers)
      const row = await stored(cast.delegate, 'R-20.03')
      expect(row.version).toBe(1 + saved.length)
      expect(await getOwnDraft(db, cast.delegate, kind, 'R-20.03')).toEqual(saved.find((draft) => draft.version === row.version))
      expect(conflicts).toBeGreaterThan(0)

      // Exactly one history entry per successful save, each version once, each
      // recording the text it replaced: nothing lost, nothing duplicated.
      const history = (await listDraftHistory(db, cast.delegate, kind, 'R-20.03')).filter((entry) => entry.action === 'saved')
      expect(history.map((entry) => entry.version).sort((a, b) => a - b)).toEqual(
        Array.from({ length: writers + 1 }, (_, index) => index + 1),
      )
      const afterByVersion = new Map(history.map((entry) => [entry.version, entry.after]))
      for (const entry of history.filter((candidate) => candidate.version > 1)) {
        expect(entry.before).toEqual(afterByVersion.get(entry.version - 1))
      }
    }, 120_000)
  })

  describe('history', () => {
    it('one entry per save, recording from what to what', async () => {
      await save(cast.delegate, 'R-17.02', 'first', null)
      await save(cast.delegate, 'R-17.02', 'second', 1, 'changed')
      const history = await listDraftHistory(db, cast.focalPoint, kind, 'R-17.02')
      expect(history.map(({ action, version, before, after }) => ({ action, version, before, after }))).toEqual([
        { action: 'saved', version: 2, before: content('first'), after: content('second', 'changed') },
        { action: 'saved', version: 1, before: null, after: content('first') },
      ])
    })

    it('is append-only: the database refuses to change or delete it', async () => {
      await save(cast.delegate, 'R-21.06', 'recorded', null)
      const { id } = await stored(cast.delegate, 'R-21.06')
      await expect(db.$executeRaw`UPDATE ${historyTable} SET version = 99 WHERE ${parentKey} = ${id}`).rejects.toThrow(/append-only/)
      await expect(db.$executeRaw`DELETE FROM ${historyTable} WHERE ${parentKey} = ${id}`).rejects.toThrow(/append-only/)
      expect(await count(historyTable, Prisma.sql`${parentKey} = ${id}`)).toBe(1)
    })

    it('is read by the own delegation only', async () => {
      await save(cast.delegate, 'R-21.05', 'our reasons', null)
      expect((await listDraftHistory(db, cast.focalPoint, kind, 'R-21.05')).map((entry) => entry.action)).toEqual(['saved'])
      expect(await listDraftHistory(db, cast.otherDelegate, kind, 'R-21.05')).toEqual([])
      await expect(listDraftHistory(db, cast.secretariat, kind, 'R-21.05')).rejects.toMatchObject({ code: 'forbidden' })
    })
  })

  describe('who reads and writes drafts', () => {
    it('the secretariat and the administrator neither read nor save drafts', async () => {
      await save(cast.delegate, 'R-20.01', 'ours only', null)
      for (const viewer of [cast.secretariat, cast.administrator]) {
        await expect(getOwnDraft(db, viewer, kind, 'R-20.01')).rejects.toMatchObject({ code: 'forbidden' })
        await expect(listOwnDrafts(db, viewer, kind)).rejects.toMatchObject({ code: 'forbidden' })
        await expect(save(viewer, 'R-20.01', 'theirs', null)).rejects.toMatchObject({ code: 'forbidden' })
      }
      expect(await getOwnDraft(db, cast.otherDelegate, kind, 'R-20.01')).toBeNull()
      expect((await listOwnDrafts(db, cast.otherDelegate, kind)).map(textOf)).not.toContain('ours only')
    })

    it('a draft on a retired item can be neither saved nor shared', async () => {
      await save(cast.delegate, 'R-21.04', 'before retirement', null)
      await db.item.update({ where: { code: 'R-21.04' }, data: { retiredAt: new Date() } })
      try {
        await expect(save(cast.delegate, 'R-21.04', 'after retirement', 1)).rejects.toMatchObject({ code: 'not_found' })
        await expect(share(cast.focalPoint, 'R-21.04', 'all_participants')).rejects.toMatchObject({ code: 'not_found' })
        const { id } = await stored(cast.delegate, 'R-21.04')
        expect(await count(shareTable, Prisma.sql`${parentKey} = ${id}`)).toBe(0)
      } finally {
        await db.item.update({ where: { code: 'R-21.04' }, data: { retiredAt: null } })
      }
    })
  })

  describe('sharing', () => {
    it('records the shared version; later edits leave the share as it was until shared again', async () => {
      const item = 'R-20.02'
      await save(cast.delegate, item, 'shared text', null)
      const shared = await share(cast.focalPoint, item, 'all_participants')
      expect(shared).toMatchObject({
        ...content('shared text'),
        itemCode: item,
        version: 1,
        visibility: 'all_participants',
        isCurrent: true,
      })
      expect(shared.sharedBy).toBe(cast.focalPoint.name)

      await save(cast.delegate, item, 'edited, not shared', 1, 'changed')
      await save(cast.delegate, item, 'edited again, not shared', 2, 'changed')
      for (const viewer of [cast.otherDelegate, cast.secretariat]) {
        const seen = await listShares(db, viewer, kind, { itemCode: item, delegationCode: cast.focalPoint.delegation?.code })
        expect(seen.map((entry) => ({ version: entry.version, text: textOf(entry), isCurrent: entry.isCurrent }))).toEqual([
          { version: 1, text: 'shared text', isCurrent: true },
        ])
      }

      const again = await share(cast.focalPoint, item, 'all_participants')
      expect(again).toMatchObject({ ...content('edited again, not shared', 'changed'), version: 3, isCurrent: true })
      const seen = await listShares(db, cast.otherDelegate, kind, { itemCode: item, delegationCode: cast.focalPoint.delegation?.code })
      expect(seen.map(({ version, isCurrent }) => ({ version, isCurrent }))).toEqual([{ version: 3, isCurrent: true }])
      const own = await listShares(db, cast.delegate, kind, { itemCode: item })
      expect(own.map(({ version, isCurrent }) => ({ version, isCurrent }))).toEqual([
        { version: 3, isCurrent: true },
        { version: 1, isCurrent: false },
      ])
    })

    it('a share names the version the focal point read: a draft saved since is not shared unread', async () => {
      const item = 'R-20.04'
      await save(cast.delegate, item, 'read by the focal point', null)
      await share(cast.focalPoint, item, 'all_participants', 1)
      await save(cast.delegate, item, 'edited, not shared', 1, 'changed')
      await expect(share(cast.focalPoint, item, 'all_participants', 1)).rejects.toMatchObject({ code: 'stale' })
      const { id } = await stored(cast.delegate, item)
      expect(await count(shareTable, Prisma.sql`${parentKey} = ${id}`)).toBe(1)
      const history = await listDraftHistory(db, cast.delegate, kind, item)
      expect(history.map((entry) => [entry.action, entry.version])).toEqual([
        ['saved', 2],
        ['shared', 1],
        ['saved', 1],
      ])
    })

    it('concurrent shares of one draft leave exactly one current share', async () => {
      const item = 'R-17.03'
      await save(cast.delegate, item, 'to share', null)
      await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          share(cast.focalPoint, item, index % 2 ? 'all_participants' : 'delegation_and_secretariat'),
        ),
      )
      const { id } = await stored(cast.delegate, item)
      expect(await count(shareTable, Prisma.sql`${parentKey} = ${id}`)).toBe(10)
      expect(await count(shareTable, Prisma.sql`${parentKey} = ${id} AND "isCurrent"`)).toBe(1)
    })

    it('the database refuses a second current share, whatever code writes it', async () => {
      const item = 'R-21.02'
      await save(cast.delegate, item, 'to share', null)
      await share(cast.focalPoint, item, 'all_participants')
      const { id } = await stored(cast.delegate, item)
      await expect(
        db.$executeRaw`INSERT INTO ${shareTable} (id, ${parentKey}, version, visibility, "sharedById", ${contentColumns})
          SELECT 'twin-' || id, ${parentKey}, version, visibility, "sharedById", ${contentColumns} FROM ${shareTable} WHERE ${parentKey} = ${id}`,
      ).rejects.toThrow(/one_current/)
    })

    it('only focal points share, and only their own delegation’s draft', async () => {
      await save(cast.otherDelegate, 'R-20.05', 'theirs', null)
      await expect(share(cast.delegate, 'R-20.05', 'all_participants')).rejects.toMatchObject({ code: 'forbidden' })
      await expect(share(cast.focalPoint, 'R-20.05', 'all_participants')).rejects.toMatchObject({ code: 'invalid' })
      const { id } = await stored(cast.otherDelegate, 'R-20.05')
      expect(await count(shareTable, Prisma.sql`${parentKey} = ${id}`)).toBe(0)
    })

    it('another delegation sees only current all-participants shares; the secretariat also delegation-and-secretariat; drafts nobody else', async () => {
      const items: Record<Visibility, string> = {
        delegation: 'R-20.06',
        delegation_and_secretariat: 'R-21.01',
        all_participants: 'R-21.03',
      }
      for (const [visibility, item] of Object.entries(items) as [Visibility, string][]) {
        await save(cast.otherDelegate, item, `${visibility} shared`, null)
        await share(cast.otherFocalPoint, item, visibility)
        await save(cast.otherDelegate, item, `${visibility} later draft`, 1)
      }
      // Shared widely, then narrowed: the earlier wide share no longer reaches anyone else.
      await save(cast.otherDelegate, 'R-17.01', 'narrowed', null)
      await share(cast.otherFocalPoint, 'R-17.01', 'all_participants')
      await share(cast.otherFocalPoint, 'R-17.01', 'delegation')

      const otherCode = cast.otherDelegate.delegation?.code
      const seenBy = async (viewer: Viewer) =>
        (await listShares(db, viewer, kind, { delegationCode: otherCode })).map((entry) => ({
          itemCode: entry.itemCode,
          text: textOf(entry),
          isCurrent: entry.isCurrent,
        }))
      for (const viewer of [cast.delegate, cast.focalPoint, cast.administrator]) {
        expect(await seenBy(viewer)).toEqual([{ itemCode: items.all_participants, text: 'all_participants shared', isCurrent: true }])
      }
      expect(await seenBy(cast.secretariat)).toEqual([
        { itemCode: items.delegation_and_secretariat, text: 'delegation_and_secretariat shared', isCurrent: true },
        { itemCode: items.all_participants, text: 'all_participants shared', isCurrent: true },
      ])
      // The own delegation sees all its shares, the superseded one included.
      expect((await seenBy(cast.otherDelegate)).filter((entry) => entry.itemCode === 'R-17.01')).toEqual([
        { itemCode: 'R-17.01', text: 'narrowed', isCurrent: true },
        { itemCode: 'R-17.01', text: 'narrowed', isCurrent: false },
      ])
      for (const viewer of [cast.delegate, cast.focalPoint, cast.secretariat, cast.administrator]) {
        for (const entry of await listShares(db, viewer, kind)) expect(textOf(entry)).not.toMatch(/later draft/)
      }
    })
  })
})
