/**
 * The save cycle positions and implementation statuses share: a draft per
 * item and delegation, saved with optimistic versions and an append-only
 * history. Written once so both keep the same guarantees (no lost update,
 * exactly one history entry per save); each caller supplies its own queries.
 */
import 'server-only'

import type { Db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'

type Tx = Prisma.TransactionClient

/** The tables holding versioned drafts. A closed list, so the name may go into SQL as it is. */
export type DraftTable = 'Position' | 'ImplementationStatus'

/**
 * Locks a draft row until the transaction ends, so two saves (or a save and a
 * share) of the same draft cannot interleave. Returns its id, or null when
 * the delegation has no draft on the item.
 */
export async function lockDraft(tx: Tx, table: DraftTable, key: { itemId: string; delegationId: string }): Promise<string | null> {
  const [locked] = await tx.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE "itemId" = ${key.itemId} AND "delegationId" = ${key.delegationId} FOR UPDATE`,
  )
  return locked?.id ?? null
}

type VersionedSave<Content, Draft> = {
  table: DraftTable
  itemId: string
  delegationId: string
  /** The version the person started from; null for a first draft. */
  baseVersion: number | null
  /** What the save writes, as the history records it. */
  content: Content
  /** Inserts version 1 unless a draft exists (then null: someone else created it first). */
  create: (tx: Tx) => Promise<string | null>
  /** The locked row's version and content, as the history records it. */
  read: (tx: Tx, id: string) => Promise<{ version: number; content: Content }>
  update: (tx: Tx, id: string, version: number) => Promise<void>
  appendHistory: (tx: Tx, entry: { id: string; version: number; before: Content | null; after: Content }) => Promise<void>
  /** The draft as it now stands, returned to the caller or carried by the conflict. */
  current: (tx: Tx) => Promise<Draft>
  conflict: (current: Draft) => Error
  notFound: () => Error
}

/** Saves a draft on top of `baseVersion`, or throws `conflict(current)` and changes nothing. */
export async function saveVersionedDraft<Content, Draft>(db: Db, save: VersionedSave<Content, Draft>): Promise<Draft> {
  return db.$transaction(async (tx) => {
    if (save.baseVersion === null) {
      const id = await save.create(tx)
      if (!id) throw save.conflict(await save.current(tx))
      await save.appendHistory(tx, { id, version: 1, before: null, after: save.content })
      return save.current(tx)
    }
    // Lock the row, then compare: only the version the user started from may
    // be overwritten (no lost updates), and the history sees what it replaced.
    const id = await lockDraft(tx, save.table, save)
    if (!id) throw save.notFound()
    const before = await save.read(tx, id)
    if (before.version !== save.baseVersion) throw save.conflict(await save.current(tx))
    const version = before.version + 1
    await save.update(tx, id, version)
    await save.appendHistory(tx, { id, version, before: before.content, after: save.content })
    return save.current(tx)
  })
}
