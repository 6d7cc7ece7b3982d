/**
 * Reaching a Postgres server before anything else runs, so that a wrong URL or
 * a stopped server ends in one clear paragraph instead of a stack trace.
 */
import pg from 'pg'

export type DatabaseLocation = { host: string; port: number; database: string; user: string }

export function describeDatabaseUrl(url: string): DatabaseLocation {
  const parsed = new URL(url)
  return {
    host: decodeURIComponent(parsed.hostname) || 'localhost',
    port: parsed.port ? Number(parsed.port) : 5432,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'postgres',
    user: decodeURIComponent(parsed.username) || 'postgres',
  }
}

/** The same URL pointing at another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${encodeURIComponent(database)}`
  return parsed.toString()
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined
}

// Postgres SQLSTATEs of a server that answered but refused the login.
const LOGIN_REFUSED = new Set(['28P01', '28000', '3D000', '42501'])

export class DatabaseUnreachableError extends Error {
  constructor(
    public readonly location: DatabaseLocation,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message || errorCode(cause) || cause.name : String(cause)
    const where = `the PostgreSQL server at ${location.host}:${location.port} (database "${location.database}", user "${location.user}")`
    super(
      LOGIN_REFUSED.has(errorCode(cause) ?? '')
        ? `Reached ${where}, but it refused the connection: ${reason}. Check the user, password and database in DATABASE_URL.`
        : `Cannot reach ${where}: ${reason}. Check that the server is running and that DATABASE_URL is right, ` +
            `or unset DATABASE_URL to use the embedded database.`,
    )
    this.name = 'DatabaseUnreachableError'
  }
}

const CONNECT_TIMEOUT_MS = 5_000

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
  // A server that drops the connection later must not crash the process.
  client.on('error', () => {})
  try {
    await client.connect()
    return await run(client)
  } finally {
    await client.end().catch(() => {})
  }
}

function isMissingDatabase(error: unknown): boolean {
  return errorCode(error) === '3D000'
}

/**
 * Connects to the URL's database, creating it first when the server is
 * reachable but the database does not exist yet. Says whether it created it.
 */
export async function ensureDatabase(url: string): Promise<'existed' | 'created'> {
  const location = describeDatabaseUrl(url)
  try {
    await withClient(url, async (client) => client.query('SELECT 1'))
    return 'existed'
  } catch (error) {
    if (!isMissingDatabase(error)) throw new DatabaseUnreachableError(location, error)
  }
  try {
    await withClient(withDatabase(url, 'postgres'), async (client) => {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(location.database)}`)
    })
  } catch (error) {
    throw new DatabaseUnreachableError(location, error)
  }
  return 'created'
}

export async function dropDatabase(url: string): Promise<void> {
  const { database } = describeDatabaseUrl(url)
  await withClient(withDatabase(url, 'postgres'), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`)
  })
}

/** True when a Postgres server with these credentials answers. */
export async function isDatabaseServerUp(url: string): Promise<boolean> {
  try {
    await withClient(withDatabase(url, 'postgres'), async (client) => client.query('SELECT 1'))
    return true
  } catch {
    return false
  }
}
