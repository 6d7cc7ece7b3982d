/**
 * `npm run catalogue:import [file]`: imports the report and its catalogue by
 * hand. Without a file, prisma/data/catalogue.json and the report it names; a
 * `.json` file is another catalogue, a `.md` file another copy of the report.
 */
import path from 'node:path'

import { createDb } from '@/lib/db'
import { describeImport, importCatalogue, readCatalogueSource } from '@/lib/catalogue/import-catalogue'
import { getEnv } from '@/lib/env'

import { describeForHumans, resolveDatabase } from './database'
import { loadDotEnvFiles } from './dotenv'
import { log, runCli } from './run'

runCli(async () => {
  const file = process.argv[2] ? path.resolve(process.argv[2]) : undefined
  // Validate the files before touching the database.
  const source = readCatalogueSource(file?.endsWith('.json') ? { catalogueFile: file } : { reportFile: file })
  loadDotEnvFiles()
  const database = await resolveDatabase(getEnv(), { log })
  const db = createDb(database.url)
  try {
    log(`Importing into ${describeForHumans(database.url)} …`)
    log(describeImport(await importCatalogue(db, source)))
  } finally {
    await db.$disconnect()
    await database.release()
  }
})
