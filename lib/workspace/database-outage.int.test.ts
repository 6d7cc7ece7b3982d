/**
 * Issue 12, database faults: the database stops while delegations are saving.
 * Writers save positions through the item page's server action, one after
 * another, as people do; while the server is down every answer is
 * "unavailable" (the form keeps the text) or a 503 for the API, never a bug;
 * the app recovers by itself when the server is back; and afterwards the rows
 * are exactly the saves that were acknowledged: each save writes the draft
 * and its history entry in one transaction, so none is half-applied, and a
 * writer retrying a save whose answer was lost is shown it as saved (the
 * version check), never applying it twice.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import type { DraftFormState } from '@/lib/drafts/draft-snapshot'
import { createDb, getDb, type Db } from '@/lib/db'
import { INTERNAL_ERROR_MESSAGE, unavailableMessage } from '@/lib/errors'
import type { PositionContent } from '@/lib/positions/position-schemas'
import { createCast } from '@/lib/testing/factories'
import { startThrowawayPostgres, type ThrowawayPostgres } from '@/lib/testing/throwaway-postgres'

// Each writer is its own signed-in person: the session mock answers with the viewer of the call it is in.
const sessions = vi.hoisted(() => ({ current: undefined as (() => Viewer | undefined) | undefined }))
vi.mock('@/lib/auth/auth', () => ({ auth: async () => ({ viewer: sessions.current?.() }) }))
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {}, CredentialsSignin: class CredentialsSignin extends Error {} }))
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

const { savePositionDraftAction } = await import('@/app/catalogue/[code]/actions')
const positionsApi = await import('@/app/api/v1/positions/route')

const viewerOfCall = new AsyncLocalStorage<Viewer>()
sessions.current = () => viewerOfCall.getStore()

type Writer = { viewer: Viewer; itemCode: string; acknowledged: string[]; answers: Record<string, number> }

let postgres: ThrowawayPostgres
let db: Db
const ITEMS = ['E-16.01', 'E-16.05', 'E-13.02']
const APP_POOL_MAX = 4

beforeAll(async () => {
  postgres = await startThrowawayPostgres()
  // The app's own client (getDb), on this server: a short wait for a connection, as in production.
  const app = createDb(postgres.url, { max: APP_POOL_MAX, timeoutMs: 1_000 })
  ;(globalThis as { gfmdDb?: Db }).gfmdDb = app
  db = createDb(postgres.url, { max: 2, timeoutMs: 5_000 })
}, 120_000)

afterAll(async () => {
  await (globalThis as { gfmdDb?: Db }).gfmdDb?.$disconnect()
  await db?.$disconnect()
  await postgres?.remove()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function positionForm(itemCode: string, rationale: string, baseVersion: number | null): FormData {
  const form = new FormData()
  const fields = {
    itemCode,
    baseVersion: baseVersion === null ? '' : String(baseVersion),
    stance: 'concerns',
    rationale,
    proposedWording: '',
  }
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  return form
}

/** Saves one text after another until told to stop; retries the same text on the same version after a refusal, as a person would. */
async function write(writer: Writer, isDone: () => boolean): Promise<void> {
  let base: number | null = null
  let next = 0
  while (!isDone()) {
    const text = `${writer.viewer.email} on ${writer.itemCode}: save ${next}.`
    const answer: DraftFormState<PositionContent> = await viewerOfCall.run(writer.viewer, () =>
      savePositionDraftAction({ ok: false }, positionForm(writer.itemCode, text, base)),
    )
    const kind = answer.ok ? 'saved' : answer.formError === unavailableMessage ? 'unavailable' : answer.conflict ? 'conflict' : 'other'
    writer.answers[kind] = (writer.answers[kind] ?? 0) + 1
    if (answer.ok) {
      writer.acknowledged.push(text)
      base = Number(answer.values?.baseVersion)
      next += 1
    } else if (answer.conflict) {
      // Only a retry of a save that was applied, its answer lost to the outage, may conflict: it shows this very text.
      expect(answer.conflict.rationale).toBe(text)
      writer.acknowledged.push(text)
      base = answer.conflict.version
      next += 1
    } else {
      expect(answer.formError).toBe(unavailableMessage)
      expect(answer.values?.rationale).toBe(text)
      await sleep(100)
    }
  }
}

describe('the database stops while delegations save', () => {
  it('answers unavailable (never a bug) while it is down, recovers by itself, and keeps exactly the acknowledged saves', async () => {
    const cast = await createCast(db)
    const writers: Writer[] = [cast.viewers.delegate, cast.viewers.otherDelegate].flatMap((viewer) =>
      ITEMS.map((itemCode) => ({ viewer, itemCode, acknowledged: [], answers: {} })),
    )
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    let isDone = false
    const writing = Promise.all(writers.map((writer) => write(writer, () => isDone)))
    const apiStatus = async () =>
      viewerOfCall.run(cast.viewers.delegate, async () => {
        const response = await positionsApi.GET(new Request('http://workspace.test/api/v1/positions'))
        return { status: response.status, retryAfter: response.headers.get('Retry-After') }
      })
    try {
      await sleep(1_500)
      const savedBefore = writers.reduce((sum, writer) => sum + writer.acknowledged.length, 0)
      expect(savedBefore).toBeGreaterThan(0)

      await postgres.stop()
      const during = writers.map((writer) => ({ ...writer.answers }))
      await sleep(1_500)
      expect(await apiStatus()).toEqual({ status: 503, retryAfter: '5' })
      const unavailableDuring = writers.reduce(
        (sum, writer, index) => sum + (writer.answers.unavailable ?? 0) - (during[index]!.unavailable ?? 0),
        0,
      )
      expect(unavailableDuring).toBeGreaterThan(0)
      const savedDuringOutage = writers.reduce((sum, writer) => sum + writer.acknowledged.length, 0)

      await postgres.start()
      // No restart of the app: its pool reconnects on the next request.
      await sleep(2_000)
      expect((await apiStatus()).status).toBe(200)
      const savedAfter = writers.reduce((sum, writer) => sum + writer.acknowledged.length, 0)
      expect(savedAfter).toBeGreaterThan(savedDuringOutage)
    } finally {
      isDone = true
      await writing
      logged.mockRestore()
    }

    for (const writer of writers) {
      expect(writer.answers.other ?? 0).toBe(0)
      const position = await db.position.findFirstOrThrow({
        where: { delegationId: writer.viewer.delegation!.id, item: { code: writer.itemCode } },
        include: { history: { where: { action: 'saved' }, orderBy: { version: 'asc' } } },
      })
      // Every acknowledged save, in order, once; nothing that was refused.
      expect(position.history.map((entry) => (entry.after as { rationale: string }).rationale)).toEqual(writer.acknowledged)
      expect(position.history.map((entry) => entry.version)).toEqual(writer.acknowledged.map((_, index) => index + 1))
      expect(position).toMatchObject({ version: writer.acknowledged.length, rationale: writer.acknowledged.at(-1) })
    }
    // No connection was lost for good with the transactions the outage cut: the pool can still hold all of its
    // connections in transactions at once (each waits for the others).
    const app = getDb()
    let arrived = 0
    await Promise.all(
      Array.from({ length: APP_POOL_MAX }, () =>
        app.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT 1`
          arrived += 1
          while (arrived < APP_POOL_MAX) await sleep(10)
        }),
      ),
    )

    const answers = writers.flatMap((writer) => Object.entries(writer.answers))
    const total = (kind: string) => answers.filter(([name]) => name === kind).reduce((sum, [, count]) => sum + count, 0)
    // Nothing answered "something went wrong on our side".
    expect(logged.mock.calls.flat().join(' ')).not.toContain(INTERNAL_ERROR_MESSAGE)
    console.log(
      `Outage: ${total('saved')} saves acknowledged and found, ${total('conflict')} retries shown as saved, ${total('unavailable')} refused as unavailable, 0 other answers`,
    )
  }, 120_000)
})
