/**
 * `npm run db:backup [file] [-- --database NAME]`: a consistent snapshot of the
 * database npm start would use, by default in .data/backups/. See lib/db/backup.ts.
 */
import { stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'

import { defaultBackupFile, writeBackup } from '@/lib/db/backup'
import { getEnv } from '@/lib/env'

import { describeForHumans, resolveDatabase } from './database'
import { loadDotEnvFiles } from './dotenv'
import { log, runCli } from './run'

runCli(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { database: { type: 'string' } } })
  if (positionals.length > 1) throw new Error('Usage: npm run db:backup [file] [-- --database NAME]')
  loadDotEnvFiles()
  const database = await resolveDatabase(getEnv(), { database: values.database, log })
  try {
    const file = positionals[0] ?? defaultBackupFile(database.url)
    const header = await writeBackup(database.url, file)
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0)
    const { size } = await stat(file)
    log(
      `Backed up ${describeForHumans(database.url)}: ${header.tables.length} tables, ${rows} rows, at migration ${header.migrations.at(-1)}, ` +
        `into ${file} (${(size / 1024).toFixed(0)} KiB).`,
    )
  } finally {
    await database.release()
  }
})
