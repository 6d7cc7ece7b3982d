/**
 * A consistent, versioned snapshot of the whole database in one file, written
 * with node-postgres alone: the embedded server ships no pg_dump, and Debian's
 * pg_dump 15 refuses a PostgreSQL 18 server.
 *
 * One REPEATABLE READ transaction reads every table of the public schema with
 * COPY, parents before the tables that reference them. The file is gzip over
 * lines: a JSON header (format version, migrations, tables with their columns
 * and row counts, sequences); then each table's rows in COPY text format,
 * ended by `\.` as in pg_dump's plain format (a backslash in the data is
 * always escaped, so the line cannot be data); then a JSON trailer, so a
 * truncated file is told from a complete one.
 */
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'

import pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'

import { describeDatabaseUrl } from './connection'

export const BACKUP_FORMAT = 'gfmd-backup'
/** Raise when the file's layout changes; a restore refuses versions it does not know. */
export const BACKUP_FORMAT_VERSION = 1
export const END_OF_TABLE = '\\.'
export const MIGRATIONS_TABLE = '_prisma_migrations'

export type BackupTable = { name: string; columns: string[]; rows: number }
export type BackupSequence = { name: string; lastValue: string | null }

export type BackupHeader = {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  createdAt: string
  database: string
  serverVersion: string
  /** The applied migrations, oldest first: the schema version of the rows. */
  migrations: string[]
  /** In load order: every table after the tables it references. */
  tables: BackupTable[]
  sequences: BackupSequence[]
}

export type BackupTrailer = { end: typeof BACKUP_FORMAT; tables: number; rows: number }

/**
 * Tables ordered so that each comes after the tables its foreign keys
 * reference (self-references do not count), ties by name. Tables on a cycle,
 * which this schema has none of, come last, by name.
 */
export function orderByForeignKeys(tables: string[], references: { table: string; references: string }[]): string[] {
  const parents = new Map(tables.map((table) => [table, new Set<string>()]))
  for (const { table, references: parent } of references) {
    if (table !== parent && parents.has(parent)) parents.get(table)?.add(parent)
  }
  const ordered: string[] = []
  const placed = new Set<string>()
  let remaining = [...tables].sort()
  for (;;) {
    const ready = remaining.filter((table) => [...parents.get(table)!].every((parent) => placed.has(parent)))
    if (ready.length === 0) break
    for (const table of ready) placed.add(table)
    ordered.push(...ready)
    remaining = remaining.filter((table) => !placed.has(table))
  }
  return [...ordered, ...remaining]
}

export async function listTablesInLoadOrder(client: pg.Client): Promise<{ name: string; columns: string[] }[]> {
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(`
    SELECT c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     GROUP BY c.relname`)
  const { rows: references } = await client.query<{ table: string; references: string }>(`
    SELECT child.relname AS "table", parent.relname AS "references"
      FROM pg_constraint k
      JOIN pg_class child ON child.oid = k.conrelid
      JOIN pg_class parent ON parent.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = child.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public'`)
  const columnsOf = new Map(tables.map((table) => [table.name, table.columns]))
  return orderByForeignKeys([...columnsOf.keys()], references).map((name) => ({ name, columns: columnsOf.get(name)! }))
}

export const quoteColumns = (columns: string[]) => columns.map((column) => pg.escapeIdentifier(column)).join(', ')

async function readHeader(client: pg.Client, database: string): Promise<BackupHeader> {
  const { rows: found } = await client.query<{ present: boolean }>(
    `SELECT to_regclass('public.${MIGRATIONS_TABLE}') IS NOT NULL AS present`,
  )
  if (!found[0]?.present) {
    throw new Error(
      `The database "${database}" has no ${MIGRATIONS_TABLE} table: it is not a database of this app, or it was never migrated.`,
    )
  }
  const { rows: migrations } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${MIGRATIONS_TABLE} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  )
  const tables: BackupTable[] = []
  for (const table of await listTablesInLoadOrder(client)) {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${pg.escapeIdentifier(table.name)}`)
    tables.push({ ...table, rows: Number(rows[0]!.count) })
  }
  const { rows: sequences } = await client.query<{ name: string; lastValue: string | null }>(
    `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  )
  const { rows: version } = await client.query<{ server_version: string }>('SHOW server_version')
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    database,
    serverVersion: version[0]!.server_version,
    migrations: migrations.map((row) => row.name),
    tables,
    sequences,
  }
}

async function* backupLines(client: pg.Client, header: BackupHeader): AsyncGenerator<string | Buffer> {
  yield `${JSON.stringify(header)}\n`
  for (const table of header.tables) {
    yield* client.query(copyTo(`COPY ${pg.escapeIdentifier(table.name)} (${quoteColumns(table.columns)}) TO STDOUT`))
    yield `${END_OF_TABLE}\n`
  }
  const trailer: BackupTrailer = {
    end: BACKUP_FORMAT,
    tables: header.tables.length,
    rows: header.tables.reduce((sum, table) => sum + table.rows, 0),
  }
  yield `${JSON.stringify(trailer)}\n`
}

/** The default file name: the database and the time, in .data/backups/. */
export function defaultBackupFile(url: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return path.join('.data', 'backups', `${describeDatabaseUrl(url).database}-${stamp}.gfmd-backup.gz`)
}

/** Writes the snapshot to `file` (atomically: a failure leaves no partial file under that name). */
export async function writeBackup(url: string, file: string): Promise<BackupHeader> {
  const { database } = describeDatabaseUrl(url)
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => {})
  await client.connect()
  const partial = `${file}.partial`
  try {
    // One snapshot for every table; READ ONLY so that nothing here can write.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const header = await readHeader(client, database)
    await mkdir(path.dirname(path.resolve(file)), { recursive: true })
    await pipeline(Readable.from(backupLines(client, header)), createGzip(), createWriteStream(partial, { mode: 0o600 }))
    await client.query('COMMIT')
    await rename(partial, file)
    return header
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  } finally {
    await client.end().catch(() => {})
  }
}
