/**
 * The catalogue changes only when a report is imported, yet every page reads
 * it. Reads of catalogue (reference) data are kept in memory per client and
 * database, under the catalogue's version: one cheap query per read instead
 * of the item, cluster, actor and paragraph joins. The import (any process,
 * any instance) bumps the version, so the next read reloads. Never used for
 * delegation inputs, which follow the visibility rule on every read.
 */
import 'server-only'

import type { Db } from '@/lib/db'

type Entry = { version: string; value: Promise<unknown> }

/** Enough for every filter combination people use; a free-text search past it just reloads. */
const MAX_ENTRIES = 500

const caches = new WeakMap<Db, Map<string, Entry>>()

/**
 * The import stamps its document (importedAt) and updates each changed item
 * (updatedAt), inside one transaction; any change to what the catalogue shows
 * moves one of these.
 */
async function catalogueVersion(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<{ version: string }[]>`
    SELECT concat_ws('/', (SELECT max("importedAt") FROM "SourceDocument"), max("updatedAt"), count(*)) AS version FROM "Item"`
  return row?.version ?? ''
}

/** `load()`'s answer for `key`, loaded again only when the catalogue's version moved. */
export async function withCatalogueCache<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  const version = await catalogueVersion(db)
  const entry = cache.get(key)
  if (entry && entry.version === version) return entry.value as Promise<T>
  if (cache.size >= MAX_ENTRIES) cache.clear()
  const value = load()
  cache.set(key, { version, value })
  // A failed load is not kept.
  value.catch(() => cache.delete(key))
  return value
}
