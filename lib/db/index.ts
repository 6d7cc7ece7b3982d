/**
 * One PrismaClient per process (kept on globalThis so dev-server reloads do
 * not open new pools), over node-postgres through the driver adapter.
 */
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'

import { getEnv, requireDatabaseUrl } from '@/lib/env'
import { PrismaClient } from '@/lib/generated/prisma/client'

export type Db = PrismaClient

// Prisma's query interpreter sends a transaction's independent queries on one
// pg client at once, which pg 8 still handles but warns about on every such
// transaction (an upstream matter; pg is pinned to 8). Keep the logs readable.
const PG_CONCURRENT_QUERY_WARNING = 'Calling client.query() when the client is already executing a query'
const emitWarning = process.emitWarning.bind(process)
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const message = typeof warning === 'string' ? warning : warning.message
  if (message.startsWith(PG_CONCURRENT_QUERY_WARNING)) return
  ;(emitWarning as (...args: unknown[]) => void)(warning, ...rest)
}) as typeof process.emitWarning

export type PoolSettings = {
  /** Connections at most (pg's `max`). */
  max: number
  /** The wait for a free or a new connection, ms (pg's `connectionTimeoutMillis`); past it the query fails and the request is a 503. */
  timeoutMs: number
}

export function poolSettingsFromEnv(): PoolSettings {
  const env = getEnv()
  return { max: env.DATABASE_POOL_MAX, timeoutMs: env.DATABASE_POOL_TIMEOUT_MS }
}

/**
 * pg's pool, giving back a transaction's connection that the server dropped. Prisma ends a transaction by sending
 * COMMIT or ROLLBACK and only then releasing the connection; on a dropped connection that query fails and the release
 * never comes, so every outage would leak the connections of the transactions it interrupted until the pool had none
 * left. Here the connection goes back (and is discarded) when it ends, and a second release is ignored.
 */
class ReleasingPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>
  override connect(callback: (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void
  override connect(
    callback?: (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): Promise<pg.PoolClient> | void {
    // pool.query() releases its connection itself, through the callback form.
    if (callback) return super.connect(callback)
    return super.connect().then((client) => {
      const release = client.release.bind(client)
      let isReleased = false
      const releaseOnce = (error?: Error | boolean) => {
        if (isReleased) return
        isReleased = true
        client.removeListener('end', onEnd)
        release(error)
      }
      const onEnd = () => releaseOnce(new Error('The database closed the connection.'))
      client.once('end', onEnd)
      client.release = releaseOnce
      return client
    })
  }
}

export function createDb(url: string, pool: PoolSettings = poolSettingsFromEnv()): Db {
  const connections = new ReleasingPool({
    connectionString: url,
    max: pool.max,
    // Shorter than the transaction's maxWait below and than a person's patience: a request that cannot get a
    // connection in time is refused (503, lib/errors.ts) rather than left waiting, and /api/health answers quickly
    // while the server is down.
    connectionTimeoutMillis: pool.timeoutMs,
  })
  // A connection the server drops (a restart, an administrator's shutdown) while a request holds it between two
  // queries is an 'error' event on that client, which pg leaves to whoever checked it out: unheard, it would end the
  // process. The request's next query fails and is answered 503; the pool makes a new connection for the next one.
  connections.on('connect', (client) => client.on('error', (error) => console.error(`Database connection lost: ${error.message}`)))
  return new PrismaClient({
    adapter: new PrismaPg(connections, { disposeExternalPool: true }),
    // Prisma's defaults (2 s to get a pooled connection, 5 s to finish) refuse
    // a burst of concurrent saves on a busy machine before they reach the row
    // lock that orders them; these give a save room to wait its turn.
    transactionOptions: { maxWait: 10_000, timeout: 10_000 },
  })
}

const globalForDb = globalThis as unknown as { gfmdDb?: Db }

export function getDb(): Db {
  globalForDb.gfmdDb ??= createDb(requireDatabaseUrl())
  return globalForDb.gfmdDb
}
