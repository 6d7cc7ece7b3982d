/**
 * The driver adapter Prisma's CLI uses for its WebAssembly schema engine
 * (`engine: 'js'` in prisma.config.ts). The stock PrismaPg factory trips over
 * four upstream problems with this engine on Postgres; each is worked around
 * here and nowhere else, so the app's runtime client stays stock.
 */
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlResultSet } from '@prisma/driver-adapter-utils'
import pg from 'pg'

import { withDatabase } from './connection'

const OID = { char: 18, name: 19, nameArray: 1003, text: 25, textArray: 1009 } as const
// ColumnTypeEnum.Character in @prisma/driver-adapter-utils.
const CHARACTER_COLUMN = 6

// Result rows whose columns were Postgres "char": queryRaw reports those as
// Character, which the adapter cannot express itself. Keyed by the rows array,
// which the adapter passes through unchanged, so concurrent queries cannot mix.
const charColumnsByRows = new WeakMap<object, number[]>()

type QueryResult = { fields?: { dataTypeID: number }[]; rows?: unknown[] }

/**
 * prisma/prisma#27403: the engine cannot deserialize `name` and `name[]`
 * columns (catalog queries return them), and the adapter throws on "char".
 * Report `name` as text and remember where "char" columns were.
 */
class SchemaEnginePool extends pg.Pool {
  // pg's overloads make a typed override impractical; the shape is checked below.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as (...a: any[]) => any)(...args)
    if (!(result instanceof Promise)) return result
    return result.then((res: QueryResult) => {
      const charColumns: number[] = []
      res.fields?.forEach((field, index) => {
        if (field.dataTypeID === OID.name) field.dataTypeID = OID.text
        else if (field.dataTypeID === OID.nameArray) field.dataTypeID = OID.textArray
        else if (field.dataTypeID === OID.char) {
          field.dataTypeID = OID.text
          charColumns.push(index)
        }
      })
      if (charColumns.length > 0 && res.rows) charColumnsByRows.set(res.rows, charColumns)
      return res
    })
  }
}

type PgAdapter = SqlDriverAdapter & { underlyingDriver(): pg.Pool; onError(error: unknown): never }

/**
 * The stock executeScript splits a migration on every ";", which breaks
 * functions and triggers ($$ … ; … $$). Postgres takes the whole script in one
 * simple query, and runs it as one implicit transaction: a migration applies
 * entirely or not at all.
 */
function withWholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const pgAdapter = adapter as PgAdapter
  adapter.executeScript = async (script) => {
    try {
      await pgAdapter.underlyingDriver().query(script)
    } catch (error) {
      pgAdapter.onError(error)
    }
  }
  return adapter
}

function withCharacterColumns(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const queryRaw = adapter.queryRaw.bind(adapter)
  adapter.queryRaw = async (query): Promise<SqlResultSet> => {
    const resultSet = await queryRaw(query)
    const charColumns = charColumnsByRows.get(resultSet.rows)
    if (!charColumns) return resultSet
    const columnTypes = [...resultSet.columnTypes]
    for (const index of charColumns) columnTypes[index] = CHARACTER_COLUMN
    return { ...resultSet, columnTypes }
  }
  return adapter
}

function createPool(connectionString: string): pg.Pool {
  // allowExitOnIdle: idle connections must not keep the CLI alive after it is done.
  return new SchemaEnginePool({ connectionString, allowExitOnIdle: true })
}

/**
 * The stock factory reuses the main database as shadow database when given a
 * connection string (its database wins over pg's `database` option), and drops the shadow database while still connected to
 * it. This one creates `shadow_<timestamp>`, and on dispose closes its pool
 * before dropping it.
 */
export function createMigrationAdapterFactory(connectionString: string): SqlMigrationAwareDriverAdapterFactory {
  const options = { disposeExternalPool: true }
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async connect() {
      return withWholeScripts(withCharacterColumns(await new PrismaPg(createPool(connectionString), options).connect()))
    },
    async connectToShadowDb() {
      const shadowDatabase = `shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`
      const admin = new pg.Client({ connectionString })
      await admin.connect()
      try {
        await admin.query(`CREATE DATABASE "${shadowDatabase}"`)
      } finally {
        await admin.end()
      }
      const shadow = withCharacterColumns(await new PrismaPg(createPool(withDatabase(connectionString, shadowDatabase)), options).connect())
      const dispose = shadow.dispose.bind(shadow)
      shadow.dispose = async () => {
        await dispose()
        const cleanup = new pg.Client({ connectionString })
        await cleanup.connect()
        try {
          await cleanup.query(`DROP DATABASE IF EXISTS "${shadowDatabase}" WITH (FORCE)`)
        } finally {
          await cleanup.end()
        }
      }
      return shadow
    },
  }
}
