/**
 * What a benchmark against the production build sets up first: the
 * benchmark's database (with the scale data, written when missing, and the
 * migrations), a build that is current, and `next start` in its own process
 * group; `stop` (also on Ctrl-C) ends the server and the embedded database.
 * `npm run bench`, `bench:writers` and `bench:overload` all start through here.
 */
import { randomBytes } from 'node:crypto'

import pg from 'pg'

import { BENCH_DATABASE, BENCH_POSTGRES_SETTINGS } from '@/lib/bench/bench-database'
import { applyMigrations } from '@/lib/db/migrate'
import { getEnv } from '@/lib/env'

import { describeForHumans, resolveDatabase } from './database'
import { buildIfStale, runNext, waitForExit, waitUntilServing } from './next-server'
import { log } from './run'
import { allowServerOnlyModules } from './server-modules'

export type BenchServer = {
  baseUrl: string
  databaseUrl: string
  /** A connection of the benchmark's own, to prepare and to check. */
  client: pg.Client
  pid: number
  /** Milliseconds from `next start` until it answered: a warm start, the build being current. */
  startMs: number
  stop: () => Promise<void>
}

export async function startBenchServer(options: { seed: string; reuseBuild: boolean; command: string }): Promise<BenchServer> {
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

    const baseUrl = `http://127.0.0.1:${env.PORT}`
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      AUTH_TRUST_HOST: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PORT: String(env.PORT),
    }
    if (!options.reuseBuild) await buildIfStale(childEnv, options.command)
    const startedAt = Date.now()
    server = runNext(['start', '--port', String(env.PORT)], childEnv, true)
    if (!(await waitUntilServing(baseUrl, server))) throw new Error('The app server did not start.')
    return { baseUrl, databaseUrl: database.url, client, pid: server.pid!, startMs: Date.now() - startedAt, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
