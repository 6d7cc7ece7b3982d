/**
 * What a benchmark against the production build sets up first: the
 * benchmark's database (with the scale data, written when missing, and the
 * migrations), a build that is current, and `next start` in its own process
 * group; `stop` (also on Ctrl-C) ends the server and the embedded database.
 * `npm run bench`, `bench:writers` and `bench:overload` all start through here,
 * with one instance; `bench:instances` starts two, as the README deploys them:
 * the same build, DATABASE_URL and AUTH_SECRET (a session signed by one is
 * valid on the other), each on its own port (PORT, PORT + 1, …) in its own
 * process group.
 */
import { randomBytes } from 'node:crypto'

import pg from 'pg'

import { BENCH_DATABASE, BENCH_POSTGRES_SETTINGS } from '@/lib/bench/bench-database'
import { connectionsFit } from '@/lib/bench/instances'
import { applyMigrations } from '@/lib/db/migrate'
import { getEnv } from '@/lib/env'

import { describeForHumans, resolveDatabase } from './database'
import { buildIfStale, runNext, waitForExit, waitUntilServing } from './next-server'
import { log } from './run'
import { allowServerOnlyModules } from './server-modules'

export type BenchInstance = { baseUrl: string; port: number; pid: number; startMs: number }

export type BenchServer = {
  /** The first instance's, for the benchmarks that start one. */
  baseUrl: string
  databaseUrl: string
  /** A connection of the benchmark's own, to prepare and to check. */
  client: pg.Client
  pid: number
  /** Milliseconds from `next start` until it answered: a warm start, the build being current. */
  startMs: number
  /** Every instance started, the first being the one above. */
  instances: BenchInstance[]
  stop: () => Promise<void>
}

export async function startBenchServer(options: {
  seed: string
  reuseBuild: boolean
  command: string
  /** How many `next start` on the one database; 1 unless given. */
  instances?: number
}): Promise<BenchServer> {
  const env = getEnv()
  const count = options.instances ?? 1
  const database = await resolveDatabase(env, { database: BENCH_DATABASE, log, embeddedSettings: BENCH_POSTGRES_SETTINGS })
  const servers: ReturnType<typeof runNext>[] = []
  let client: pg.Client | undefined
  const stop = async () => {
    await client?.end().catch(() => {})
    await Promise.all(
      servers.map(async (server) => {
        if (server.pid && server.exitCode === null) {
          process.kill(-server.pid, 'SIGTERM')
          await waitForExit(server)
        }
      }),
    )
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
    if (count > 1) await checkConnectionsFit(client, count, env.DATABASE_POOL_MAX)

    // One secret for every instance, as the README's deployment sets it.
    const authSecret = randomBytes(32).toString('base64url')
    const childEnv = (port: number): NodeJS.ProcessEnv => ({
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret,
      AUTH_TRUST_HOST: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PORT: String(port),
    })
    if (!options.reuseBuild) await buildIfStale(childEnv(env.PORT), options.command)
    const instances = await Promise.all(
      Array.from({ length: count }, async (_, index): Promise<BenchInstance> => {
        const port = env.PORT + index
        const baseUrl = `http://127.0.0.1:${port}`
        const startedAt = Date.now()
        const server = runNext(['start', '--port', String(port)], childEnv(port), true)
        servers.push(server)
        if (!(await waitUntilServing(baseUrl, server))) throw new Error(`The app server on port ${port} did not start.`)
        return { baseUrl, port, pid: server.pid!, startMs: Date.now() - startedAt }
      }),
    )
    const [first] = instances
    return { baseUrl: first!.baseUrl, databaseUrl: database.url, client, pid: first!.pid, startMs: first!.startMs, instances, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** Refuses to start instances whose pools together exceed what the server accepts (README, "Deploying", Sizing). */
async function checkConnectionsFit(client: pg.Client, instances: number, poolMax: number): Promise<void> {
  const { rows } = await client.query<{ max: string; reserved: string }>(
    `SELECT current_setting('max_connections') AS max, current_setting('superuser_reserved_connections') AS reserved`,
  )
  const fit = connectionsFit({ instances, poolMax, maxConnections: Number(rows[0]!.max), reserved: Number(rows[0]!.reserved), own: 1 })
  if (!fit.fits)
    throw new Error(
      `${instances} instances of DATABASE_POOL_MAX=${poolMax} need ${fit.needed} connections; the server has ${fit.available} to spare (max_connections ${rows[0]!.max} − ${rows[0]!.reserved} reserved − 5). Lower DATABASE_POOL_MAX.`,
    )
  log(
    `${instances} instances × DATABASE_POOL_MAX ${poolMax} + this benchmark's 1 = ${fit.needed} connections of ${fit.available} to spare.`,
  )
}
