/**
 * Issue 14 and issue 12's database faults, as a person sees them: their save
 * is refused because the workspace is overloaded, the form says so beside
 * their text and keeps it, nothing is saved; a moment later the same click
 * saves it. The overload is made exact: a server of this spec's own (the same
 * build and database, started as `npm start` starts it, with the admission
 * preload) admits one request at a time and queues none, and the spec holds
 * that one slot with a request whose body never finishes.
 */
import { connect, type Socket } from 'node:net'

import { runNext, waitForExit, waitUntilServing } from '@/lib/cli/next-server'
import { BUSY_MESSAGE } from '@/lib/http/admission.mjs'
import { findFreePort } from '@/lib/testing/app-process'

import { databaseUrl, createUser, findStoredDraft } from './support/db'
import { expect, hydrated, signInThroughApi, test } from './support/fixtures'
import { ownPosition } from './support/item-page'

const ITEM = 'E-13.02'
// Delegations no other spec writes for, one per run of this test (--repeat-each), so the stored draft is its alone.
const DELEGATIONS = ['FJI', 'TON', 'WSM', 'VUT', 'KIR', 'TUV', 'NRU', 'PLW']

type Admission = { inFlight: number; queued: number; saturated: boolean; refused: number }

async function admission(base: string): Promise<Admission> {
  const health = (await (await fetch(`${base}/api/health`)).json()) as { admission: Admission }
  return health.admission
}

/**
 * Takes the server's only slot: a request that announces a body and never sends all of it. The page's own requests
 * (its comments poll) may hold the slot at that moment, and this one is then refused at once: try again until this
 * one is what the server works on (it has had no answer, and one request is in flight).
 */
async function holdTheOnlySlot(port: number, base: string): Promise<Socket> {
  for (;;) {
    const socket = connect(port, '127.0.0.1')
    socket.on('error', () => {})
    let isAnswered = false
    socket.on('data', () => (isAnswered = true))
    await new Promise((resolve) => socket.once('connect', resolve))
    socket.write(
      `POST /api/v1/catalogue HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`,
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    if (!isAnswered && (await admission(base)).inFlight === 1) {
      await new Promise((resolve) => setTimeout(resolve, 300))
      if (!isAnswered) return socket
    }
    socket.destroy()
    await expect.poll(async () => (await admission(base)).inFlight).toBe(0)
  }
}

test.describe('a save while the workspace is overloaded', () => {
  let server: ReturnType<typeof runNext> | undefined
  let base = ''
  let port = 0

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    port = await findFreePort()
    base = `http://127.0.0.1:${port}`
    server = runNext(
      ['start', '--port', String(port)],
      {
        ...process.env,
        DATABASE_URL: await databaseUrl(),
        AUTH_SECRET: 'overload-spec-secret-overload-spec-secret',
        AUTH_TRUST_HOST: 'true',
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        ADMISSION_CONCURRENCY: '1',
        ADMISSION_QUEUE: '0',
      },
      true,
    )
    expect(await waitUntilServing(base, server)).toBe(true)
  })

  test.afterAll(async () => {
    if (server?.pid && server.exitCode === null) {
      process.kill(-server.pid, 'SIGTERM')
      await waitForExit(server)
    }
  })

  test('keeps the text and says so, saves nothing, and saves it on the next try', async ({ newContext }) => {
    const DELEGATION = DELEGATIONS[test.info().repeatEachIndex % DELEGATIONS.length]!
    const user = await createUser({ delegationCode: DELEGATION })
    const context = await newContext({ baseURL: base })
    await signInThroughApi(context.request, user)
    const page = await context.newPage()
    await page.goto(`/catalogue/${ITEM}`)
    const form = await hydrated(
      ownPosition(page)
        .locator('form')
        .filter({ has: page.getByRole('button', { name: 'Save draft' }) }),
    )
    const words = 'Fiji supports the element, with the wording on return and reintegration that the Pacific states agreed.'
    await form.getByLabel('Rationale').fill(words)

    const held = await holdTheOnlySlot(port, base)
    await form.getByRole('button', { name: 'Save draft' }).click()
    await expect(ownPosition(page).getByRole('alert')).toHaveText(BUSY_MESSAGE)
    await expect(form.getByLabel('Rationale')).toHaveValue(words)
    expect(await findStoredDraft(DELEGATION, ITEM)).toBeNull()
    expect((await admission(base)).refused).toBeGreaterThan(0)

    // A page asked for meanwhile gets the busy page, with 503 and Retry-After.
    const busy = await fetch(`${base}/catalogue/${ITEM}`)
    expect(busy.status).toBe(503)
    expect(busy.headers.get('retry-after')).toBe('3')
    expect(await busy.text()).toContain('The workspace is very busy')

    held.destroy()
    await expect.poll(async () => (await admission(base)).inFlight).toBe(0)
    await form.getByRole('button', { name: 'Save draft' }).click()
    await expect(ownPosition(page).getByRole('status')).toHaveText('Draft saved as version 1.')
    await expect(form.getByLabel('Rationale')).toHaveValue(words)
    expect(await findStoredDraft(DELEGATION, ITEM)).toMatchObject({ rationale: words, version: 1 })
  })
})
