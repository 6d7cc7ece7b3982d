/**
 * Seeding, idempotent: reference data (clusters, objectives) and the catalogue
 * imported from the report. `npm start` runs it on every start; `npm run
 * db:seed` runs it by hand.
 */
import { pathToFileURL } from 'node:url'

import { createDb } from '@/lib/db'
import { importReferenceData } from '@/lib/catalogue/import-reference-data'

export type SeedOptions = { withDemoData: boolean; log?: (message: string) => void }

export async function seedDatabase(url: string, options: SeedOptions): Promise<void> {
  const log = options.log ?? (() => {})
  const db = createDb(url)
  try {
    const reference = await importReferenceData(db)
    log(`Reference data: ${reference.clusters} clusters, ${reference.objectives} objectives.`)
  } finally {
    await db.$disconnect()
  }
}

// Run directly (`npm run db:seed`): the CLI resolves the database like npm start.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { runCli, log } = await import('@/lib/cli/run')
  const { resolveDatabase } = await import('@/lib/cli/database')
  const { getEnv, isProductionStart } = await import('@/lib/env')
  const { loadDotEnvFiles } = await import('@/lib/cli/dotenv')
  runCli(async () => {
    loadDotEnvFiles()
    const env = getEnv()
    const database = await resolveDatabase(env, { log })
    try {
      await seedDatabase(database.url, { withDemoData: !isProductionStart(env), log })
    } finally {
      await database.release()
    }
  })
}
