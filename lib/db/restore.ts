/**
 * Restoring a file of `npm run db:backup` into an empty database: the
 * migrations recreate the schema at the backup's version, then one
 * transaction loads every table with COPY and sets the sequences. Nothing is
 * loaded unless everything is.
 */
import { createReadStream } from 'node:fs'
import { access } from 'node:fs/promises'
import { once } from 'node:events'
import { finished } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'

import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'

import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  END_OF_TABLE,
  MIGRATIONS_TABLE,
  quoteColumns,
  type BackupHeader,
  type BackupTable,
  type BackupTrailer,
} from './backup'
import { describeDatabaseUrl } from './connection'
import { listMigrationNames } from './health'
import { applyMigrations } from './migrate'

export class RestoreError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreError'
  }
}

export type RestoreSummary = { tables: number; rows: number; migrations: number; triggersOff: boolean }

type Lines = AsyncIterator<string>

/** The file's lines (gunzip errors, such as a truncated file, surface here; readline would swallow them). */
async function* linesOf(file: string): AsyncGenerator<string> {
  const gunzip = createReadStream(file).pipe(createGunzip())
  gunzip.setEncoding('utf8')
  let rest = ''
  let isStarted = false
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      isStarted = true
      rest += chunk
      let start = 0
      for (let end = rest.indexOf('\n'); end !== -1; end = rest.indexOf('\n', start)) {
        yield rest.slice(start, end)
        start = end + 1
      }
      rest = rest.slice(start)
    }
  } catch (error) {
    if (!isStarted) throw new RestoreError(`${file} is not a backup written by \`npm run db:backup\` (not a gzip file).`)
    const reason = error instanceof Error ? error.message : String(error)
    throw new RestoreError(`${file} is damaged or incomplete (${reason}). Nothing was loaded.`)
  }
  if (rest !== '') yield rest
}

async function nextLine(lines: Lines, file: string): Promise<string> {
  const next = await lines.next()
  if (next.done) throw new RestoreError(`${file} ends too early: the backup is incomplete (was it copied before it was finished?).`)
  return next.value
}

function parseHeader(line: string, file: string): BackupHeader {
  let header: Partial<BackupHeader>
  try {
    header = JSON.parse(line) as Partial<BackupHeader>
  } catch {
    header = {}
  }
  if (header.format !== BACKUP_FORMAT) throw new RestoreError(`${file} is not a backup written by \`npm run db:backup\`.`)
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new RestoreError(
      `${file} is in backup format ${String(header.formatVersion)}; this version of the app reads format ${BACKUP_FORMAT_VERSION}. ` +
        `Restore it with the version of the app that wrote it (or a newer one).`,
    )
  }
  return header as BackupHeader
}

/** The backup's schema version must be this code's: its rows fit no other. */
function checkMigrations(backup: string[], file: string): void {
  const local = listMigrationNames().sort()
  const unknown = backup.filter((name) => !local.includes(name))
  if (unknown.length > 0) {
    throw new RestoreError(
      `${file} was made by a newer version of the app: this one does not have the migration(s) ${unknown.join(', ')}. Update the app, then restore.`,
    )
  }
  const newer = local.filter((name) => !backup.includes(name))
  if (newer.length > 0) {
    throw new RestoreError(
      `${file} was made at migration ${backup.at(-1) ?? '(none)'}; this version of the app is at ${local.at(-1)}. ` +
        `Restore it with the version of the app that made it (git checkout), then run \`npm run db:migrate\` with this one.`,
    )
  }
}

/** Empty: no table at all, or the schema alone (say, after `npm run db:migrate`), without a row in any table. */
async function assertEmpty(client: pg.Client, where: string): Promise<void> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '${MIGRATIONS_TABLE}' ORDER BY c.relname`)
  for (const { name } of rows) {
    const { rows: found } = await client.query(`SELECT 1 FROM ${pg.escapeIdentifier(name)} LIMIT 1`)
    if (found.length > 0) {
      throw new RestoreError(
        `The database ${where} is not empty (the table "${name}" has rows): a restore only goes into an empty database. ` +
          `Restore into a new one (\`--database <name>\`, or a DATABASE_URL naming a database that does not exist yet), ` +
          `or drop this one first if you mean to replace it.`,
      )
    }
  }
}

/**
 * Loads the triggers off where the role may (a superuser): the append-only
 * triggers then cannot fire, nor the foreign-key checks, whose order the file
 * already respects. Elsewhere the triggers stay on, which these tables allow:
 * the history triggers refuse UPDATE and DELETE, never INSERT.
 */
async function turnTriggersOff(client: pg.Client, log: (message: string) => void): Promise<boolean> {
  try {
    await client.query('SET session_replication_role = replica')
    return true
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error
    log('Not a superuser: triggers and foreign-key checks stay on while loading (tables go in foreign-key order).')
    return false
  }
}

const FLUSH_BYTES = 1 << 20

async function loadTable(client: pg.Client, table: BackupTable, lines: Lines, file: string): Promise<void> {
  const copy = client.query(copyFrom(`COPY ${pg.escapeIdentifier(table.name)} (${quoteColumns(table.columns)}) FROM STDIN`))
  const done = finished(copy)
  // A failing COPY reports through `done`; keep the stream's error from going unhandled meanwhile.
  done.catch(() => {})
  let rows = 0
  let pending: string[] = []
  let pendingBytes = 0
  const flush = async () => {
    if (pending.length === 0) return
    const chunk = pending.join('')
    pending = []
    pendingBytes = 0
    if (!copy.write(chunk)) await Promise.race([once(copy, 'drain'), done])
  }
  try {
    for (let line = await nextLine(lines, file); line !== END_OF_TABLE; line = await nextLine(lines, file)) {
      rows += 1
      pending.push(line, '\n')
      pendingBytes += line.length + 1
      if (pendingBytes >= FLUSH_BYTES) await flush()
    }
    await flush()
  } catch (error) {
    // Ends the COPY with CopyFail; the connection would otherwise wait for more rows, and the rollback behind it.
    copy.destroy(error as Error)
    await done.catch(() => {})
    throw error
  }
  copy.end()
  await done
  if (rows !== table.rows || copy.rowCount !== table.rows) {
    throw new RestoreError(
      `${file}: the table "${table.name}" should have ${table.rows} rows, and ${rows} were read. The backup is damaged.`,
    )
  }
}

async function checkTablesMatch(client: pg.Client, header: BackupHeader): Promise<void> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(`
    SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition GROUP BY c.relname`)
  const migrated = new Map(rows.map((row) => [row.name, [...row.columns].sort().join(',')]))
  for (const table of header.tables) {
    if (migrated.get(table.name) !== [...table.columns].sort().join(',')) {
      throw new RestoreError(
        `The table "${table.name}" of the backup does not match the migrated schema: the backup does not fit this version.`,
      )
    }
  }
}

/** Restores `file` into the database at `url`, which must be empty (it is created when missing by the caller). */
export async function restoreBackup(url: string, file: string, log: (message: string) => void = () => {}): Promise<RestoreSummary> {
  await access(file).catch(() => {
    throw new RestoreError(`There is no file ${file}.`)
  })
  const { host, port, database } = describeDatabaseUrl(url)
  const where = `"${database}" at ${host}:${port}`
  const lines = linesOf(file)
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => {})
  try {
    const header = parseHeader(await nextLine(lines, file), file)
    checkMigrations(header.migrations, file)
    await client.connect()
    await assertEmpty(client, where)
    log(await applyMigrations(url))
    await checkTablesMatch(client, header)

    const triggersOff = await turnTriggersOff(client, log)
    await client.query('BEGIN')
    try {
      // The backup's own migration records replace those just written: when and how the schema came to be.
      if (header.tables.some((table) => table.name === MIGRATIONS_TABLE)) await client.query(`DELETE FROM ${MIGRATIONS_TABLE}`)
      for (const table of header.tables) await loadTable(client, table, lines, file).catch(inTable(table, file))
      for (const sequence of header.sequences) {
        if (sequence.lastValue !== null)
          await client.query('SELECT setval($1, $2::bigint, true)', [`public.${pg.escapeIdentifier(sequence.name)}`, sequence.lastValue])
      }
      const trailer = JSON.parse(await nextLine(lines, file)) as Partial<BackupTrailer>
      if (trailer.end !== BACKUP_FORMAT) throw new RestoreError(`${file} has no end marker after its last table: the backup is damaged.`)
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    }
    return {
      tables: header.tables.length,
      rows: header.tables.reduce((sum, table) => sum + table.rows, 0),
      migrations: header.migrations.length,
      triggersOff,
    }
  } catch (error) {
    if (error instanceof RestoreError || !(error instanceof Error)) throw error
    throw new RestoreError(`Restoring ${file} into ${where} failed: ${error.message}`)
  } finally {
    await lines.return(undefined)
    await client.end().catch(() => {})
  }
}

function inTable(table: BackupTable, file: string) {
  return (error: unknown): never => {
    if (error instanceof RestoreError) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new RestoreError(`Loading the table "${table.name}" from ${file} failed: ${reason}. Nothing was loaded.`)
  }
}
