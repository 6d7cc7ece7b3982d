/** The test run's database, for integration tests. */
import { PrismaPg } from '@prisma/adapter-pg'
import { afterAll, beforeAll } from 'vitest'

import { createDb, type Db } from '@/lib/db'
import { describeDatabaseUrl, dropDatabase, ensureDatabase, withDatabase } from '@/lib/db/connection'
import { applyMigrations } from '@/lib/db/migrate'
import { PrismaClient } from '@/lib/generated/prisma/client'

export function useTestDb(): Db {
  const db = createDb(process.env.DATABASE_URL as string)
  afterAll(() => db.$disconnect())
  return db
}

/**
 * A database of the test file's own, migrated and empty, on the run's server, dropped afterwards. For a file
 * that writes across many items: the run's database is shared by every file, and their counts would see it.
 */
export function useOwnTestDb(name: string): Db {
  const url = withDatabase(
    process.env.DATABASE_URL as string,
    `${describeDatabaseUrl(process.env.DATABASE_URL as string).database}_${name}`,
  )
  const db = createDb(url)
  beforeAll(async () => {
    await dropDatabase(url)
    await ensureDatabase(url)
    await applyMigrations(url)
  }, 120_000)
  afterAll(async () => {
    await db.$disconnect()
    await dropDatabase(url)
  })
  return db
}

/** A client that counts the SQL queries it sends, to check that a read's queries do not grow with the data. */
export function useQueryCountingDb(): { db: Db; queryCount: () => number } {
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL as string }),
    log: [{ emit: 'event', level: 'query' }],
  })
  let count = 0
  db.$on('query', () => void (count += 1))
  afterAll(() => db.$disconnect())
  return { db, queryCount: () => count }
}
