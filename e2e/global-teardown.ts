/** Drops the run's database once the specs are done. */
import { resolveDatabase } from '@/lib/cli/database'
import { dropDatabase } from '@/lib/db/connection'
import { readEnv } from '@/lib/env'

export default async function globalTeardown() {
  const database = await resolveDatabase(readEnv(), { database: process.env.E2E_DATABASE })
  try {
    await dropDatabase(database.url)
  } finally {
    await database.release()
  }
}
