/**
 * Reading positions and implementation statuses straight from the run’s database, to check what a page
 * cannot show: that a save landed on the right delegation and left the others
 * alone. Connected as ./db.ts connects, with a connection of its own.
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
export async function closePositionsDb(): Promise<void> {
  if (!connection) return
  const { db, database } = await connection
  connection = undefined
  await db.$disconnect()
  await database.release()
}

export async function getDelegationId(code: string): Promise<string> {
  const db = await getDb()
  return (await db.delegation.findUniqueOrThrow({ where: { code }, select: { id: true } })).id
}

/** A delegation's draft on an item as stored, or null when it has none. */
export async function findStoredDraft(
  delegationCode: string,
  itemCode: string,
): Promise<{ rationale: string; proposedWording: string | null; version: number } | null> {
  const db = await getDb()
  return db.position.findFirst({
    where: { delegation: { code: delegationCode }, item: { code: itemCode } },
    select: { rationale: true, proposedWording: true, version: true },
  })
}

/** A delegation's implementation status on an item as stored, or null when it has none. */
export async function findStoredStatus(
  delegationCode: string,
  itemCode: string,
): Promise<{ evidence: string; links: string[]; version: number } | null> {
  const db = await getDb()
  return db.implementationStatus.findFirst({
    where: { delegation: { code: delegationCode }, item: { code: itemCode } },
    select: { evidence: true, links: true, version: true },
  })
}
