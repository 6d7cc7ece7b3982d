/**
 * Issue 14: a pool with no connection to spare answers 503 with Retry-After,
 * never 500, through the same wrappers every route and action uses
 * (withApiViewer, formAction), and a save refused that way is not applied.
 * The app's pool here has one connection and waits 300 ms for it; the test
 * holds that connection in an open transaction.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import { createDb, getDb, type Db } from '@/lib/db'
import { INTERNAL_ERROR_MESSAGE, unavailableMessage } from '@/lib/errors'
import { createCast, type Cast } from '@/lib/testing/factories'

// The app's own pool (getDb) reads these when it is first made, below.
vi.hoisted(() => {
  process.env.DATABASE_POOL_MAX = '1'
  process.env.DATABASE_POOL_TIMEOUT_MS = '300'
})

const session = vi.hoisted(() => ({ viewer: null as Viewer | null, isDatabaseUnavailable: false }))
vi.mock('@/lib/auth/auth', () => ({
  auth: async () => (session.isDatabaseUnavailable ? { isDatabaseUnavailable: true } : session.viewer ? { viewer: session.viewer } : null),
}))
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {}, CredentialsSignin: class CredentialsSignin extends Error {} }))
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

const { savePositionDraftAction } = await import('@/app/catalogue/[code]/actions')
const positionsApi = await import('@/app/api/v1/positions/route')

const ITEM = 'E-16.05'
let setup: Db
let cast: Cast

function positionForm(rationale: string, baseVersion = ''): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries({ itemCode: ITEM, baseVersion, stance: 'support', rationale, proposedWording: '' }))
    form.set(name, value)
  return form
}

/** Holds the app pool's only connection until the returned function is called. */
async function holdTheOnlyConnection(): Promise<() => Promise<void>> {
  let release: () => void = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  let started: () => void = () => {}
  const isHeld = new Promise<void>((resolve) => (started = resolve))
  const transaction = getDb().$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1`
      started()
      await released
    },
    { maxWait: 5_000, timeout: 30_000 },
  )
  await isHeld
  return async () => {
    release()
    await transaction
  }
}

async function savedRationales(): Promise<string[]> {
  const rows = await setup.position.findMany({ where: { delegationId: cast.viewers.delegate.delegation!.id, item: { code: ITEM } } })
  return rows.map((row) => row.rationale)
}

beforeAll(async () => {
  setup = createDb(process.env.DATABASE_URL as string, { max: 4, timeoutMs: 5_000 })
  cast = await createCast(setup)
  session.viewer = cast.viewers.delegate
})

afterAll(async () => {
  await getDb().$disconnect()
  await setup.$disconnect()
})

describe('a saturated database pool', () => {
  it('answers an API 503 with Retry-After, and a save a form message with the text kept, applying nothing', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const release = await holdTheOnlyConnection()
    try {
      const api = await positionsApi.GET(new Request(`http://workspace.test/api/v1/positions?item=${ITEM}`))
      expect(api.status).toBe(503)
      expect(api.headers.get('Retry-After')).toBe('5')
      expect(await api.json()).toEqual({ error: unavailableMessage })

      const refused = await savePositionDraftAction({ ok: false }, positionForm('Refused while the pool is full.'))
      expect(refused).toMatchObject({ ok: false, formError: unavailableMessage })
      expect(refused.values?.rationale).toBe('Refused while the pool is full.')
    } finally {
      await release()
      logged.mockRestore()
    }
    expect(await savedRationales()).toEqual([])

    // Once a connection is free again, the same save goes through and says so.
    const saved = await savePositionDraftAction({ ok: false }, positionForm('Saved once the pool is free.'))
    expect(saved).toMatchObject({ ok: true, message: expect.stringContaining('version 1') })
    expect(await savedRationales()).toEqual(['Saved once the pool is free.'])
    expect((await positionsApi.GET(new Request(`http://workspace.test/api/v1/positions?item=${ITEM}`))).status).toBe(200)
  })

  it('under many saves at once: each is saved, refused as a conflict, or refused as unavailable; never a bug, and only acknowledged ones apply', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const [current] = await setup.position.findMany({ where: { delegationId: cast.viewers.delegate.delegation!.id, item: { code: ITEM } } })
    // They all queue for the held connection; freed after half the pool's wait, it serves them one by one, and the
    // ones still waiting when the wait runs out are refused.
    const release = await holdTheOnlyConnection()
    const pending = Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        savePositionDraftAction({ ok: false }, positionForm(`Concurrent save ${index}.`, String(current!.version))),
      ),
    )
    await new Promise((resolve) => setTimeout(resolve, 150))
    await release()
    const answers = await pending
    logged.mockRestore()
    expect(answers.map((answer) => answer.formError)).not.toContain(INTERNAL_ERROR_MESSAGE)
    const acknowledged = answers.filter((answer) => answer.ok)
    const refusedForLoad = answers.filter((answer) => answer.formError === unavailableMessage)
    // All started from one version: at most one wins (how many are refused for load depends on the machine's speed;
    // the test above refuses deterministically), the others conflict or were refused.
    expect(acknowledged.length).toBeLessThanOrEqual(1)
    expect(refusedForLoad.length + acknowledged.length + answers.filter((answer) => answer.conflict).length).toBe(30)
    const [after] = await setup.position.findMany({ where: { delegationId: cast.viewers.delegate.delegation!.id, item: { code: ITEM } } })
    if (acknowledged.length === 1)
      expect(after).toMatchObject({ version: current!.version + 1, rationale: acknowledged[0]!.values?.rationale })
    else expect(after).toMatchObject({ version: current!.version, rationale: current!.rationale })
  })

  it('treats a session the database could not check as unavailable, not as signed out', async () => {
    session.isDatabaseUnavailable = true
    try {
      const api = await positionsApi.GET(new Request(`http://workspace.test/api/v1/positions?item=${ITEM}`))
      expect(api.status).toBe(503)
      const refused = await savePositionDraftAction({ ok: false }, positionForm('Typed during an outage.'))
      expect(refused).toMatchObject({ ok: false, formError: unavailableMessage, values: { rationale: 'Typed during an outage.' } })
    } finally {
      session.isDatabaseUnavailable = false
    }
  })
})
