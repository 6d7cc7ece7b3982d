/** The test run's database, for integration tests. */
import { PrismaPg } from '@prisma/adapter-pg'
import { afterAll } from 'vitest'

import { createDb, type Db } from '@/lib/db'
import { PrismaClient } from '@/lib/generated/prisma/client'

export function useTestDb(): Db {
  const db = createDb(process.env.DATABASE_URL as string)
  afterAll(() => db.$disconnect())
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
