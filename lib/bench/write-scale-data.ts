/**
 * Writes the scale data (./scale-data.ts) into a fresh benchmark database:
 * the catalogue and delegations as every seed writes them, enough observer
 * delegations to make 223 that record inputs, 5 users each and 5
 * secretariat reviewers, then the generated rows in bulk: batches of JSON
 * expanded by Postgres (`json_populate_recordset`), far faster than the draft
 * functions one save at a time, and the same rows.
 */
import pg from 'pg'

import { hashPassword } from '@/lib/auth/passwords'
import { ensureDatabase, withDatabase, describeDatabaseUrl } from '@/lib/db/connection'
import { applyMigrations } from '@/lib/db/migrate'
import { seedDatabase } from '@/prisma/seed'

import { SCALE_PASSWORD } from './bench-database'
import { generateComments, generateDraftBundles, scaleVolumes, type Row, type ScaleCatalogue } from './scale-data'

/** Delegations that record inputs in the scale data: the 193 member states and 30 observers. */
export const SCALE_DELEGATIONS = 223
export const USERS_PER_DELEGATION = 5
/** Every scale user's password. */

/** The focal point of a delegation, and its delegates 1–4, by delegation code. */
export const scaleEmail = (code: string, index: number) =>
  index === 0 ? `focal.${code.toLowerCase()}@scale.gfmd.test` : `delegate${index}.${code.toLowerCase()}@scale.gfmd.test`
export const reviewerEmail = (index: number) => `reviewer${index + 1}@scale.gfmd.test`

const BATCH = 2_000

class BatchWriter {
  private readonly pending = new Map<string, Row[]>()
  readonly counts = new Map<string, number>()
  constructor(private readonly client: pg.Client) {}

  async add(table: string, rows: Row[]) {
    const batch = this.pending.get(table) ?? []
    batch.push(...rows)
    this.pending.set(table, batch)
    this.counts.set(table, (this.counts.get(table) ?? 0) + rows.length)
    // Everything pending, in the order tables first came: a draft before its shares and history.
    if (batch.length >= BATCH) await this.flush()
  }

  async flush() {
    for (const name of this.pending.keys()) {
      const rows = this.pending.get(name) ?? []
      if (rows.length === 0) continue
      this.pending.set(name, [])
      // Only the columns the rows hold, so a column added later with a default (a review state, say) takes it.
      // Table and column names are this module's constants, never input.
      const columns = Object.keys(rows[0]!)
        .map((column) => `"${column}"`)
        .join(', ')
      await this.client.query(
        `INSERT INTO "${name}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${name}", $1::json)`,
        [JSON.stringify(rows)],
      )
    }
  }
}

async function recreateDatabase(url: string) {
  const { database } = describeDatabaseUrl(url)
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database.replaceAll('"', '""')}" WITH (FORCE)`)
  } finally {
    await admin.end()
  }
  await ensureDatabase(url)
}

async function loadCatalogue(client: pg.Client, log: (message: string) => void): Promise<ScaleCatalogue & { codes: string[] }> {
  const existing = await client.query<{ id: string; code: string }>(
    `SELECT id, code FROM "Delegation" WHERE kind <> 'secretariat' ORDER BY kind, name`,
  )
  const missing = SCALE_DELEGATIONS - existing.rows.length
  for (let index = 1; index <= missing; index += 1) {
    const code = `OBS${String(index).padStart(2, '0')}`
    await client.query(`INSERT INTO "Delegation" (id, code, name, kind) VALUES ($1, $2, $3, 'observer')`, [
      `scd${code}`,
      code,
      `Observer organisation ${index} (scale data)`,
    ])
    existing.rows.push({ id: `scd${code}`, code })
  }
  if (missing > 0) log(`Added ${missing} observer delegations, ${SCALE_DELEGATIONS} in all.`)
  const delegations = existing.rows.slice(0, SCALE_DELEGATIONS)
  const secretariat = await client.query<{ id: string }>(`SELECT id FROM "Delegation" WHERE kind = 'secretariat'`)
  const items = await client.query<{ id: string; text: string }>(`SELECT id, text FROM "Item" WHERE "retiredAt" IS NULL ORDER BY position`)
  return {
    items: items.rows,
    codes: delegations.map((delegation) => delegation.code),
    delegations: delegations.map((delegation) => ({
      id: delegation.id,
      userIds: Array.from({ length: USERS_PER_DELEGATION }, (_, index) => `scu${delegation.code}${index}`),
    })),
    secretariat: { id: secretariat.rows[0]!.id, reviewerIds: Array.from({ length: 5 }, (_, index) => `scuGFMD${index}`) },
  }
}

function userRows(catalogue: ScaleCatalogue & { codes: string[] }, passwordHash: string): Row[] {
  const now = new Date(Date.UTC(2017, 6, 1)).toISOString()
  const user = (id: string, email: string, name: string, role: string, delegationId: string): Row => ({
    id,
    email,
    name,
    passwordHash,
    role,
    delegationId,
    deactivatedAt: null,
    deactivatedById: null,
    sessionVersion: 0,
    lastSignInAt: null,
    createdAt: now,
    updatedAt: now,
  })
  return [
    ...catalogue.delegations.flatMap((delegation, index) =>
      delegation.userIds.map((id, position) =>
        user(
          id,
          scaleEmail(catalogue.codes[index]!, position),
          `${position === 0 ? 'Focal point' : `Delegate ${position}`} ${catalogue.codes[index]}`,
          position === 0 ? 'focal-point' : 'delegate',
          delegation.id,
        ),
      ),
    ),
    ...catalogue.secretariat.reviewerIds.map((id, index) =>
      user(id, reviewerEmail(index), `Reviewer ${index + 1}`, 'secretariat-reviewer', catalogue.secretariat.id),
    ),
  ]
}

const draftTables = {
  position: { draft: 'Position', share: 'PositionShare', history: 'PositionHistory' },
  status: { draft: 'ImplementationStatus', share: 'ImplementationStatusShare', history: 'ImplementationStatusHistory' },
} as const

/** Recreates the database at `url` and fills it with the scale data of `seed`; returns the rows written per table. */
export async function writeScaleData(url: string, seed: string, log: (message: string) => void): Promise<Map<string, number>> {
  await recreateDatabase(url)
  log(await applyMigrations(url))
  await seedDatabase(url, { withDemoAccounts: false, log })

  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const catalogue = await loadCatalogue(client, log)
    const writer = new BatchWriter(client)
    await client.query('BEGIN')
    await writer.add('User', userRows(catalogue, await hashPassword(SCALE_PASSWORD)))
    await writer.flush()
    for (const bundle of generateDraftBundles(seed, catalogue, scaleVolumes)) {
      const tables = draftTables[bundle.kind]
      await writer.add(tables.draft, [bundle.draft])
      await writer.add(tables.share, bundle.shares)
      await writer.add(tables.history, bundle.history)
      await writer.add('ReviewAction', bundle.reviewActions)
    }
    await writer.flush()
    for (const comment of generateComments(seed, catalogue, scaleVolumes)) await writer.add('Comment', [comment])
    await writer.flush()
    await client.query('COMMIT')
    // What autovacuum would do after such a load: statistics, and the visibility map index-only scans need.
    await client.query('VACUUM ANALYZE')
    return writer.counts
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
}
