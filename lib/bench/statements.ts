/**
 * What Postgres saw while a target was under load (pg_stat_statements, loaded
 * by the benchmark's server): how many queries, and the slowest of them.
 */
import type pg from 'pg'

export type StatementStats = {
  /** Queries, without transaction control (BEGIN, COMMIT, ROLLBACK). */
  queries: number
  transactions: number
  /** The slowest single execution seen, in ms, and the statement it was. */
  slowestMs: number
  slowestQuery: string
  /** The statement with the highest mean time, in ms. */
  heaviestMeanMs: number
  heaviestQuery: string
}

const ownDatabase = `dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query !~* 'pg_stat_statements'`

export async function enableStatements(client: pg.Client): Promise<void> {
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
    await client.query('SELECT pg_stat_statements_reset()')
  } catch (error) {
    throw new Error(
      `pg_stat_statements is not available (${error instanceof Error ? error.message : String(error)}). ` +
        'The benchmark starts its embedded server with it; stop any embedded server already running on EMBEDDED_POSTGRES_PORT, ' +
        'or add shared_preload_libraries=pg_stat_statements to the server of DATABASE_URL.',
    )
  }
}

export async function resetStatements(client: pg.Client): Promise<void> {
  await client.query('SELECT pg_stat_statements_reset()')
}

const oneLine = (query: string) => query.replace(/\s+/g, ' ').slice(0, 160)

export async function readStatements(client: pg.Client): Promise<StatementStats> {
  const { rows } = await client.query<{ query: string; calls: string; max_exec_time: number; mean_exec_time: number }>(
    `SELECT query, calls, max_exec_time, mean_exec_time FROM pg_stat_statements WHERE ${ownDatabase}`,
  )
  const isControl = (query: string) => /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|DEALLOCATE|SET |SHOW |DISCARD)/i.test(query)
  const queries = rows.filter((row) => !isControl(row.query))
  const slowest = queries.reduce((best, row) => (row.max_exec_time > (best?.max_exec_time ?? -1) ? row : best), queries[0] ?? null)
  const heaviest = queries.reduce((best, row) => (row.mean_exec_time > (best?.mean_exec_time ?? -1) ? row : best), queries[0] ?? null)
  return {
    queries: queries.reduce((sum, row) => sum + Number(row.calls), 0),
    transactions: rows.filter((row) => /^\s*BEGIN/i.test(row.query)).reduce((sum, row) => sum + Number(row.calls), 0),
    slowestMs: slowest?.max_exec_time ?? 0,
    slowestQuery: slowest ? oneLine(slowest.query) : '',
    heaviestMeanMs: heaviest?.mean_exec_time ?? 0,
    heaviestQuery: heaviest ? oneLine(heaviest.query) : '',
  }
}
