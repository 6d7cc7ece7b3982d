/**
 * Each integration run gets its own freshly migrated database, on the server
 * DATABASE_URL names or on the embedded one, and drops it afterwards.
 */
import type { TestProject } from 'vitest/node'

import { resolveDatabase } from '@/lib/cli/database'
import { dropDatabase } from '@/lib/db/connection'
import { applyMigrations } from '@/lib/db/migrate'
import { readEnv } from '@/lib/env'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

export default async function setup(project: TestProject) {
  const database = await resolveDatabase(readEnv(), { database: `gfmd_test_${Date.now()}_${process.pid}` })
  await applyMigrations(database.url)
  project.provide('databaseUrl', database.url)
  return async () => {
    await dropDatabase(database.url)
    await database.release()
  }
}
