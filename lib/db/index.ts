/**
 * One PrismaClient per process (kept on globalThis so dev-server reloads do
 * not open new pools), over node-postgres through the driver adapter.
 */
import { PrismaPg } from '@prisma/adapter-pg'

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

export function createDb(url: string, pool: PoolSettings = poolSettingsFromEnv()): Db {
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString: url,
      max: pool.max,
      // Shorter than the transaction's maxWait below and than a person's patience: a request that cannot get a
      // connection in time is refused (503, lib/errors.ts) rather than left waiting, and /api/health answers quickly
      // while the server is down.
      connectionTimeoutMillis: pool.timeoutMs,
    }),
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
