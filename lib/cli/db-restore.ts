/**
 * `npm run db:restore <file> [-- --database NAME]`: restores a file of
 * `npm run db:backup` into the database npm start would use (or another on
 * the same server), which must be empty; it is created when missing.
 */
import { parseArgs } from 'node:util'

import { restoreBackup } from '@/lib/db/restore'
import { getEnv } from '@/lib/env'

import { describeForHumans, resolveDatabase } from './database'
import { loadDotEnvFiles } from './dotenv'
import { log, runCli } from './run'

runCli(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { database: { type: 'string' } } })
  const [file] = positionals
  if (!file || positionals.length > 1) throw new Error('Usage: npm run db:restore <file> [-- --database NAME]')
  loadDotEnvFiles()
  const database = await resolveDatabase(getEnv(), { database: values.database, log })
  try {
    const summary = await restoreBackup(database.url, file, log)
    log(
      `Restored ${file} into ${describeForHumans(database.url)}: ${summary.tables} tables, ${summary.rows} rows, ` +
        `${summary.migrations} migrations${summary.triggersOff ? '' : ', triggers on'}.`,
    )
  } finally {
    await database.release()
  }
})
