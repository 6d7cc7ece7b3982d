/**
 * Position drafts written straight into the run's database, for specs that
 * start from a delegation that already drafted (the drafting itself has specs
 * of its own). Connected as ./db.ts connects, with a connection of its own.
 */
import { resolveDatabase, type ResolvedDatabase } from '@/lib/cli/database'
import { createDb, type Db } from '@/lib/db'
import { readEnv } from '@/lib/env'

let connection: Promise<{ db: Db; database: ResolvedDatabase }> | undefined

async function getDb(): Promise<Db> {
  connection ??= resolveDatabase(readEnv(), { database: process.env.E2E_DATABASE }).then((database) => ({
    db: createDb(database.url),
    database,
  }))
  return (await connection).db
}

/** Call from test.afterAll in each spec that used these helpers. */
export async function closeTrackerDb(): Promise<void> {
  if (!connection) return
  const { db, database } = await connection
  connection = undefined
  await db.$disconnect()
  await database.release()
}

/** A version-1 position draft of the person's delegation on an item, saved by them. */
export async function createPositionDraft(email: string, itemCode: string, rationale: string): Promise<void> {
  const db = await getDb()
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, delegationId: true } })
  const item = await db.item.findUniqueOrThrow({ where: { code: itemCode }, select: { id: true } })
  if (!user.delegationId) throw new Error(`${email} acts for no delegation`)
  await db.position.create({
    data: { itemId: item.id, delegationId: user.delegationId, stance: 'support', rationale, updatedById: user.id },
  })
}
