/**
 * One PrismaClient per process (kept on globalThis so dev-server reloads do
 * not open new pools), over node-postgres through the driver adapter.
 */
import { PrismaPg } from '@prisma/adapter-pg'

import { requireDatabaseUrl } from '@/lib/env'
import { PrismaClient } from '@/lib/generated/prisma/client'

export type Db = PrismaClient

export function createDb(url: string): Db {
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString: url,
      // Fail fast while the server is down, so /api/health can answer 503 quickly.
      connectionTimeoutMillis: 5_000,
    }),
  })
}

const globalForDb = globalThis as unknown as { gfmdDb?: Db }

export function getDb(): Db {
  globalForDb.gfmdDb ??= createDb(requireDatabaseUrl())
  return globalForDb.gfmdDb
}
