/**
 * What the benchmarks (`npm run bench`, `npm run bench:overload`) share: the
 * scale data's database (written when missing), migrations, a connection to
 * read it, the production build served by `next start` with the server's
 * preloads, Ctrl-C stopping all of it, and the scale data's delegates signed
 * in. Each benchmark adds its own targets.
 */
import { randomBytes } from 'node:crypto'

import pg from 'pg'

import { BENCH_DATABASE, BENCH_POSTGRES_SETTINGS } from '@/lib/bench/bench-database'
import { signIn } from '@/lib/bench/sign-in'
import { applyMigrations } from '@/lib/db/migrate'
import { getEnv } from '@/lib/env'

import { describeForHumans, resolveDatabase } from './database'
import { loadDotEnvFiles } from './dotenv'
import { buildIfStale, runNext, waitForExit, waitUntilServing } from './next-server'
import { log } from './run'
import { allowServerOnlyModules } from './server-modules'

export type BenchRun = {
  baseUrl: string
  /** A connection to the benchmark's database, for preparing requests and checking what they wrote. */
  client: pg.Client
  server: ReturnType<typeof runNext>
  /** Milliseconds from `next start` until it answered. */
  startMs: number
  stop(): Promise<void>
}

export async function startBenchRun(options: {
  seed: string
  /** Serve the build in .next as it is, even when the sources changed since. */
  reuseBuild: boolean
  command: string
  /** More environment for the app server (the overload benchmark's admission and pool settings). */
  serverEnv?: NodeJS.ProcessEnv
}): Promise<BenchRun> {
  loadDotEnvFiles()
  const env = getEnv()
  const database = await resolveDatabase(env, { database: BENCH_DATABASE, log, embeddedSettings: BENCH_POSTGRES_SETTINGS })
  let server: ReturnType<typeof runNext> | undefined
  let client: pg.Client | undefined
  const stop = async () => {
    await client?.end().catch(() => {})
    if (server?.pid && server.exitCode === null) {
      process.kill(-server.pid, 'SIGTERM')
      await waitForExit(server)
    }
    await database.release()
  }
  // Ctrl-C stops the app server and the embedded database too, as npm start does.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop().then(() => process.exit(130)))
  try {
    const probe = new pg.Client({ connectionString: database.url })
    await probe.connect()
    const { rows } = await probe
      .query<{ count: string }>(`SELECT count(*) FROM "User" WHERE email LIKE '%@scale.gfmd.test'`)
      .catch(() => ({ rows: [{ count: '0' }] }))
    await probe.end()
    if (rows[0]!.count === '0') {
      log(`No scale data in ${describeForHumans(database.url)}: writing it (seed "${options.seed}") …`)
      await allowServerOnlyModules()
      const { writeScaleData } = await import('@/lib/bench/write-scale-data')
      await writeScaleData(database.url, options.seed, log)
    }
    log(await applyMigrations(database.url))
    client = new pg.Client({ connectionString: database.url })
    // The embedded server stopping at the end (or on Ctrl-C) ends this connection: not a crash.
    client.on('error', () => {})
    await client.connect()

    const port = env.PORT
    const baseUrl = `http://127.0.0.1:${port}`
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.serverEnv,
      DATABASE_URL: database.url,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      AUTH_TRUST_HOST: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PORT: String(port),
    }
    if (!options.reuseBuild) await buildIfStale(childEnv, options.command)
    const startedAt = Date.now()
    server = runNext(['start', '--port', String(port)], childEnv, true)
    if (!(await waitUntilServing(baseUrl, server))) throw new Error('The app server did not start.')
    return { baseUrl, client, server, startMs: Date.now() - startedAt, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** The first `count` member states' first delegates in the scale data, signed in one at a time (each hashes a password). */
export async function signInScaleDelegates(run: BenchRun, count: number): Promise<{ emails: string[]; cookies: string[] }> {
  const delegations = await run.client.query<{ code: string }>(
    `SELECT d.code FROM "Delegation" d WHERE d.kind = 'member-state' ORDER BY d.code LIMIT ${count}`,
  )
  const emails = delegations.rows.map((row) => `delegate1.${row.code.toLowerCase()}@scale.gfmd.test`)
  return { emails, cookies: await signInEach(run.baseUrl, emails) }
}

/** One at a time: a sign-in hashes a password, and a burst of them on a busy machine times out. */
export async function signInEach(baseUrl: string, emails: string[]): Promise<string[]> {
  const cookies: string[] = []
  for (const email of emails) cookies.push(await signIn(baseUrl, email, 'stocktaking-2017'))
  return cookies
}
