/**
 * Shutdown and restart of the production server, as `npm start` runs it, with
 * its embedded PostgreSQL (issue 12). SIGTERM: the requests in flight finish
 * with their saves, new connections are refused, a request that never ends is
 * cut off at SHUTDOWN_TIMEOUT_SECONDS, the pool is closed, then the database
 * stops and no process is left. SIGKILL of the app, then of the database,
 * mid-load: after a restart every save the app acknowledged is there.
 *
 * Uses the production build in .next, building it first when it is stale
 * (as npm start does); `npm test` runs this before the end-to-end tests, which
 * then find the build current.
 */
import http from 'node:http'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { hiddenFieldsOfForm, positionSavePost } from '@/lib/bench/form-post'
import { signIn } from '@/lib/bench/sign-in'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import {
  createDataFolder,
  descendantsOf,
  findFreePort,
  isAlive,
  startApp,
  waitUntilGone,
  type AppProcess,
  type AppSettings,
} from '@/lib/testing/app-process'

import { EMBEDDED_DATABASE } from './database'

const DEMO_PASSWORD = 'stocktaking-2017'
const WRITER_EMAILS = [
  'delegate.de@demo.gfmd.test',
  'focal.de@demo.gfmd.test',
  'delegate.mx@demo.gfmd.test',
  'focal.mx@demo.gfmd.test',
  'focal.ma@demo.gfmd.test',
  'delegate.iom@demo.gfmd.test',
]
const SHUTDOWN_TIMEOUT_SECONDS = 4

/** One person saving their delegation's position on one item, again and again, each save based on the last. */
type Writer = { email: string; itemCode: string; cookie: string; fields: [string, string][]; version: number | null }
type Save = { writer: Writer; rationale: string }
/** A save the app answered with "Draft saved as version N." */
type Acknowledged = { rationale: string; version: number }

/** Signed in, with the form's fields; the form's base version is the draft's current one, whatever became of a save cut off. */
async function prepareWriters(app: AppProcess): Promise<Writer[]> {
  const catalogue = (await (await fetch(`${app.url}/api/v1/catalogue`)).json()) as { items: { code: string }[] }
  return Promise.all(
    WRITER_EMAILS.map(async (email, index) => {
      const itemCode = catalogue.items[index]!.code
      const cookie = await signIn(app.url, email, DEMO_PASSWORD)
      const page = await fetch(`${app.url}/catalogue/${itemCode}`, { headers: { cookie } })
      const fields = hiddenFieldsOfForm(await page.text(), 'stance')
      const baseVersion = fields.find(([name]) => name === 'baseVersion')?.[1]
      return { email, itemCode, cookie, fields, version: baseVersion ? Number(baseVersion) : null }
    }),
  )
}

let saveCount = 0

function saveRequest(app: AppProcess, writer: Writer): { save: Save; headers: Record<string, string>; body: string } {
  const rationale = `Shutdown test save ${++saveCount} by ${writer.email} on ${writer.itemCode}.`
  const { headers, body } = positionSavePost({
    baseUrl: app.url,
    cookie: writer.cookie,
    hiddenFields: writer.fields,
    itemCode: writer.itemCode,
    baseVersion: writer.version,
    rationale,
  })
  return { save: { writer, rationale }, headers, body }
}

/** The page after a no-JavaScript form post says whether the save was applied. */
function acknowledgement(save: Save, status: number, html: string): Acknowledged | null {
  const match = /Draft saved as version (\d+)\./.exec(html)
  if (status !== 200 || !match) return null
  save.writer.version = Number(match[1])
  return { rationale: save.rationale, version: save.writer.version }
}

/** Every writer saves in a loop until `isStopped`, or until its first save that is not acknowledged. */
async function runWriters(app: AppProcess, writers: Writer[], acknowledged: Acknowledged[], isStopped: () => boolean) {
  let failed = 0
  await Promise.all(
    writers.map(async (writer) => {
      while (!isStopped()) {
        const { save, headers, body } = saveRequest(app, writer)
        try {
          const response = await fetch(`${app.url}/catalogue/${writer.itemCode}`, {
            method: 'POST',
            headers,
            body,
            signal: AbortSignal.timeout(30_000),
          })
          const ack = acknowledgement(save, response.status, await response.text())
          if (!ack) throw new Error(`not acknowledged (${response.status})`)
          acknowledged.push(ack)
        } catch {
          failed += 1
          return
        }
      }
    }),
  )
  return { failed }
}

/** A save whose body is sent in two halves, so that it is in flight for as long as the test wants. */
function openSlowSave(app: AppProcess, writer: Writer) {
  const { save, headers, body } = saveRequest(app, writer)
  const bytes = Buffer.from(body)
  const request = http.request(`${app.url}/catalogue/${writer.itemCode}`, {
    method: 'POST',
    agent: false,
    headers: { ...headers, 'content-length': String(bytes.length) },
  })
  const answered = new Promise<{ status: number; html: string }>((resolve, reject) => {
    request.on('response', (response) => {
      let html = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => void (html += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, html }))
      response.on('error', reject)
    })
    request.on('error', reject)
  })
  answered.catch(() => {})
  request.write(bytes.subarray(0, bytes.length >> 1))
  return { save, answered, finish: () => request.end(bytes.subarray(bytes.length >> 1)) }
}

/** Whether a new TCP connection to the port is refused. */
function isRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'))
  })
}

async function waitUntilRefused(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await isRefused(port)) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}

async function loadUntil(app: AppProcess, writers: Writer[], acknowledged: Acknowledged[], count: number, kill: () => void) {
  let isStopped = false
  const startedWith = acknowledged.length
  let isDone = false
  const load = runWriters(app, writers, acknowledged, () => isStopped).finally(() => void (isDone = true))
  while (!isDone && acknowledged.length < startedWith + count) await new Promise((resolve) => setTimeout(resolve, 20))
  // Writers are mid-request when the kill lands: each loops without pause.
  kill()
  const { failed } = await load
  isStopped = true
  return { acknowledged: acknowledged.length - startedWith, failed }
}

describe('shutdown and restart of npm start', () => {
  const { parent, dataDir } = createDataFolder('gfmd-shutdown-')
  let app: AppProcess | undefined

  afterAll(async () => {
    if (app && isAlive(app.startPid)) {
      process.kill(app.startPid, 'SIGTERM')
      await waitUntilGone([app.startPid], 30_000)
    }
    // A failed step may leave the server behind: stop it before its folder goes.
    const pidFile = path.join(dataDir, 'postmaster.pid')
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
      if (isAlive(pid)) process.kill(pid, 'SIGINT')
      await waitUntilGone([pid], 10_000)
    }
    rmSync(parent, { recursive: true, force: true })
  })

  it('drains on SIGTERM, and loses no acknowledged save to a SIGKILL of the app or the database', async () => {
    const settings: AppSettings = {
      dataDir,
      appPort: await findFreePort(),
      postgresPort: await findFreePort(),
      env: { SHUTDOWN_TIMEOUT_SECONDS: String(SHUTDOWN_TIMEOUT_SECONDS) },
    }
    const acknowledged: Acknowledged[] = []
    const figures: string[] = []

    // 1. SIGTERM with three saves in flight and one request that never ends.
    app = await startApp(settings)
    let writers = await prepareWriters(app)
    const inFlight = writers.slice(0, 3).map((writer) => openSlowSave(app!, writer))
    const neverEnding = openSlowSave(app, writers[3]!)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const processes = [app.startPid, app.appServerPid, app.postmasterPid, ...descendantsOf(app.postmasterPid)]
    const signalledAt = Date.now()
    // To npm, as `docker stop` or systemd would; npm and its shell exit at once, start.ts stops in order.
    app.process.kill('SIGTERM')
    expect(await waitUntilRefused(settings.appPort, 5_000)).toBe(true)
    for (const save of inFlight) save.finish()
    for (const { save, answered } of inFlight) {
      const { status, html } = await answered
      const ack = acknowledgement(save, status, html)
      expect(ack, `${save.writer.email}: ${status}`).not.toBeNull()
      acknowledged.push(ack!)
    }
    await expect(neverEnding.answered).rejects.toThrow()
    expect(await waitUntilGone([app.startPid], 30_000)).toBe(true)
    const shutdownMs = Date.now() - signalledAt
    expect(shutdownMs).toBeGreaterThanOrEqual(SHUTDOWN_TIMEOUT_SECONDS * 1000)
    expect(shutdownMs).toBeLessThan((SHUTDOWN_TIMEOUT_SECONDS + 8) * 1000)
    expect(await waitUntilGone(processes, 5_000)).toBe(true)
    expect(existsSync(path.join(settings.dataDir, 'postmaster.pid'))).toBe(false)
    const said = app.output()
    const steps = [
      'SIGTERM: the app takes no new requests',
      `Requests still open after ${SHUTDOWN_TIMEOUT_SECONDS} s were cut off.`,
      'Closed the database pool.',
      'Stopping the embedded PostgreSQL',
    ].map((step) => said.indexOf(step))
    expect(
      steps.every((index) => index >= 0),
      said,
    ).toBe(true)
    expect([...steps].sort((a, b) => a - b)).toEqual(steps)
    figures.push(`SIGTERM: 3 saves in flight, 3 acknowledged; 1 endless request cut off; exited after ${shutdownMs} ms`)

    // 2. SIGKILL of the app server mid-load: npm start notices, stops the database and exits.
    app = await startApp(settings)
    writers = await prepareWriters(app)
    const appServerPid = app.appServerPid
    const killedApp = await loadUntil(app, writers, acknowledged, 12, () => process.kill(-appServerPid, 'SIGKILL'))
    expect(killedApp.acknowledged).toBeGreaterThanOrEqual(12)
    expect(await app.exited).not.toBe(0)
    expect(await waitUntilGone([app.postmasterPid], 10_000)).toBe(true)
    figures.push(`SIGKILL app: ${killedApp.acknowledged} acknowledged, ${killedApp.failed} cut`)

    // 3. SIGKILL of the database mid-load, then of everything left, as a crash would.
    app = await startApp(settings)
    writers = await prepareWriters(app)
    const current = app
    const backends = descendantsOf(current.postmasterPid)
    const killedDatabase = await loadUntil(app, writers, acknowledged, 12, () => process.kill(current.postmasterPid, 'SIGKILL'))
    expect(killedDatabase.acknowledged).toBeGreaterThanOrEqual(12)
    for (const pid of [current.process.pid!, ...descendantsOf(current.process.pid!)]) {
      try {
        process.kill(pid, 'SIGKILL')
      } catch {
        // Already gone with its parent.
      }
    }
    expect(await waitUntilGone([current.startPid, current.appServerPid, current.postmasterPid, ...backends], 15_000)).toBe(true)
    figures.push(`SIGKILL database: ${killedDatabase.acknowledged} acknowledged, ${killedDatabase.failed} cut`)

    // 4. Restart: every acknowledged save is in the history, and each draft is at its last acknowledged version.
    app = await startApp(settings)
    const database = await startEmbeddedPostgres({ dataDir: settings.dataDir, port: settings.postgresPort })
    const client = new pg.Client({ connectionString: database.urlFor(EMBEDDED_DATABASE) })
    await client.connect()
    try {
      const { rows } = await client.query<{ rationale: string; version: number }>(
        `SELECT after->>'rationale' AS rationale, version FROM "PositionHistory" WHERE action = 'saved' AND after->>'rationale' LIKE 'Shutdown test save %'`,
      )
      const found = new Map(rows.map((row) => [row.rationale, row.version]))
      const missing = acknowledged.filter((ack) => found.get(ack.rationale) !== ack.version)
      expect(missing).toEqual([])
      figures.push(`after restart: ${acknowledged.length} acknowledged saves, ${acknowledged.length - missing.length} found`)
    } finally {
      await client.end()
    }
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200)
    app.process.kill('SIGTERM')
    expect(await waitUntilGone([app.startPid, app.appServerPid, app.postmasterPid], 30_000)).toBe(true)
    console.log(`Shutdown and restart: ${figures.join('; ')}.`)
  }, 900_000)
})
