/**
 * Seeding, idempotent: the reference data (clusters, objectives) and the
 * catalogue imported from the report. `npm start` runs it on every start; `npm run
 * db:seed` runs it by hand.
 */
import { pathToFileURL } from 'node:url'

import { describeImport, importCatalogue } from '@/lib/catalogue/import-catalogue'
import { createDb } from '@/lib/db'

export type SeedOptions = { log?: (message: string) => void }

export async function seedDatabase(url: string, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? (() => {})
  const db = createDb(url)
  try {
    log(describeImport(await importCatalogue(db)))
  } finally {
    await db.$disconnect()
  }
}

// Run directly (`npm run db:seed`): the CLI resolves the database like npm start.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { runCli, log } = await import('@/lib/cli/run')
  const { resolveDatabase } = await import('@/lib/cli/database')
  const { getEnv } = await import('@/lib/env')
  const { loadDotEnvFiles } = await import('@/lib/cli/dotenv')
  runCli(async () => {
    loadDotEnvFiles()
    const database = await resolveDatabase(getEnv(), { log })
    try {
      await seedDatabase(database.url, { log })
    } finally {
      await database.release()
    }
  })
}
