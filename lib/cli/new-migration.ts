/**
 * `npm run db:new-migration -- <name>`: writes the SQL that takes the existing
 * migrations to prisma/schema.prisma into a new migration folder, offline.
 * (`prisma migrate dev` is unreliable with the WebAssembly schema engine.)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { runPrismaCli, type PrismaCliFailure } from '@/lib/db/prisma-cli'
import { getEnv } from '@/lib/env'

import { loadDotEnvFiles } from './dotenv'

import { resolveDatabase } from './database'
import { log, runCli } from './run'

function migrationFolderName(name: string, now = new Date()): string {
  const timestamp = now.toISOString().replace(/\D/g, '').slice(0, 14)
  return `${timestamp}_${name}`
}

runCli(async () => {
  const name = process.argv[2]
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error('Usage: npm run db:new-migration -- <name>, with a name in snake_case (e.g. add_positions).')
  }
  loadDotEnvFiles()
  // The diff replays the migrations in a temporary shadow database on this server.
  const database = await resolveDatabase(getEnv(), { log })
  try {
    const args = [
      'migrate',
      'diff',
      '--from-migrations',
      'prisma/migrations',
      '--to-schema-datamodel',
      'prisma/schema.prisma',
      '--script',
      '--exit-code',
    ]
    const sql = await runPrismaCli(args, database.url).then(
      () => null, // exit 0: no difference
      (failure: PrismaCliFailure) => {
        // --exit-code: 2 means "there is a difference", printed as SQL.
        if (failure.code === 2 && failure.stdout) return failure.stdout
        throw new Error(`prisma migrate diff failed:\n${failure.stderr}${failure.stdout}`)
      },
    )
    if (!sql) {
      log('The schema matches the migrations: nothing to do.')
      return
    }
    const folder = path.join('prisma', 'migrations', migrationFolderName(name))
    mkdirSync(folder, { recursive: true })
    writeFileSync(path.join(folder, 'migration.sql'), sql)
    log(`Wrote ${folder}/migration.sql. Review it, then npm start (or npm run db:migrate) applies it.`)
  } finally {
    await database.release()
  }
})
