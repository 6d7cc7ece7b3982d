/** The test run's database, for integration tests. */
import { afterAll } from 'vitest'

import { createDb, type Db } from '@/lib/db'

export function useTestDb(): Db {
  const db = createDb(process.env.DATABASE_URL as string)
  afterAll(() => db.$disconnect())
  return db
}
