/**
 * The public catalogue API's shape (documented in the README). Kept apart from
 * the page DTOs so the API stays stable when pages change.
 */
import 'server-only'

import type { Db } from '@/lib/db'

import type { ItemKind } from './catalogue-data'
import { findItems, getItem, type ItemSummary } from './queries'

export type CatalogueApiItem = {
  code: string
  kind: ItemKind
  title: string
  text: string
  paragraphs: number[]
  clusters: number[]
  objectives: number[]
  actors: { key: string; name: string; kind: string }[]
}

function toApiItem(item: ItemSummary): CatalogueApiItem {
  return {
    code: item.code,
    kind: item.kind,
    title: item.title,
    text: item.text,
    paragraphs: item.paragraphs,
    clusters: item.clusters.map((cluster) => cluster.number),
    objectives: item.objectives.map((objective) => objective.number),
    actors: item.actors.map(({ key, name, kind }) => ({ key, name, kind })),
  }
}

export async function listCatalogueForApi(db: Db): Promise<CatalogueApiItem[]> {
  return (await findItems(db)).map(toApiItem)
}

export async function getCatalogueItemForApi(db: Db, code: string): Promise<(CatalogueApiItem & { retired: boolean }) | null> {
  const item = await getItem(db, code)
  return item ? { ...toApiItem(item), retired: item.retired } : null
}
