/** `npm run db:migrate`: applies pending migrations to the database npm start would use. */
import { applyMigrations } from '@/lib/db/migrate'
import { getEnv } from '@/lib/env'

import { loadDotEnvFiles } from './dotenv'

import { describeForHumans, resolveDatabase } from './database'
import { log, runCli } from './run'

runCli(async () => {
  loadDotEnvFiles()
  const database = await resolveDatabase(getEnv(), { log })
  try {
    log(`${describeForHumans(database.url)}: ${await applyMigrations(database.url)}`)
  } finally {
    await database.release()
  }
})
