/**
 * Reading the catalogue. The catalogue is public (no delegation's data is in
 * it), so these take no viewer; they return small DTOs, never raw rows.
 */
import 'server-only'

import type { Db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'

import { withCatalogueCache } from './catalogue-cache'
import { isItemCode, itemKinds, type ActorKind, type ItemKind } from './catalogue-data'
import type { CatalogueFilters } from './catalogue-filters'
import { fromDbItemKind, toDbItemKind } from './item-kind'
import { locateQuote, type TextRange } from './locate-quote'
import type { FootnoteRef } from './parse-report'

export type ActorRef = { key: string; name: string; kind: ActorKind }
export type ClusterRef = { number: number; title: string }
export type ObjectiveRef = { number: number; title: string }

export type ItemSummary = {
  code: string
  kind: ItemKind
  title: string
  text: string
  paragraphs: number[]
  clusters: ClusterRef[]
  objectives: ObjectiveRef[]
  actors: ActorRef[]
}

const itemSummaryInclude = {
  paragraphs: { include: { paragraph: { select: { number: true } } }, orderBy: { position: 'asc' } },
  clusters: { include: { cluster: true }, orderBy: { clusterNumber: 'asc' } },
  objectives: { include: { objective: true }, orderBy: { objectiveNumber: 'asc' } },
  actors: { include: { actor: { select: { key: true, name: true, kind: true } } }, orderBy: { position: 'asc' } },
} satisfies Prisma.ItemInclude

type ItemWithSummary = Prisma.ItemGetPayload<{ include: typeof itemSummaryInclude }>

function toItemSummary(item: ItemWithSummary): ItemSummary {
  return {
    code: item.code,
    kind: fromDbItemKind(item.kind),
    title: item.title,
    text: item.text,
    paragraphs: item.paragraphs.map((link) => link.paragraph.number),
    clusters: item.clusters.map(({ cluster }) => ({ number: cluster.number, title: cluster.title })),
    objectives: item.objectives.map(({ objective }) => ({ number: objective.number, title: objective.title })),
    actors: item.actors.map(({ actor }) => actor),
  }
}

/**
 * Item ids matching a full-text search over code, title and quote, the titles
 * of its clusters and objectives, and the names of who said it. English
 * stemming, so "remittance" finds "remittances"; accents folded (the search
 * configurations of migration search_folds_accents), so "Gotz" finds Götz.
 */
async function searchItemIds(db: Db, query: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH q AS (SELECT websearch_to_tsquery('gfmd_english', ${query}) AS words, websearch_to_tsquery('gfmd_simple', ${query}) AS names)
    SELECT i.id FROM "Item" i, q
    WHERE i."retiredAt" IS NULL AND (
      to_tsvector('gfmd_english', i.code || ' ' || i.title || ' ' || i.text) @@ q.words
      OR i.code ILIKE ${`${query.replace(/[%_\\]/g, '')}%`}
      OR EXISTS (
        SELECT 1 FROM "ItemCluster" ic JOIN "Cluster" c ON c.number = ic."clusterNumber"
        WHERE ic."itemId" = i.id AND to_tsvector('gfmd_english', c.title) @@ q.words
      )
      OR EXISTS (
        SELECT 1 FROM "ItemObjective" io JOIN "Objective" o ON o.number = io."objectiveNumber"
        WHERE io."itemId" = i.id AND to_tsvector('gfmd_english', o.title) @@ q.words
      )
      OR EXISTS (
        SELECT 1 FROM "ItemActor" ia JOIN "Actor" a ON a.id = ia."actorId"
        WHERE ia."itemId" = i.id AND to_tsvector('gfmd_simple', a.name || ' ' || array_to_string(a.aliases, ' ')) @@ q.names
      )
    )`
  return rows.map((row) => row.id)
}

function itemWhere(filters: CatalogueFilters, searchIds: string[] | null): Prisma.ItemWhereInput {
  return {
    retiredAt: null,
    ...(searchIds ? { id: { in: searchIds } } : {}),
    ...(filters.kind ? { kind: toDbItemKind(filters.kind) } : {}),
    ...(filters.cluster ? { clusters: { some: { clusterNumber: filters.cluster } } } : {}),
    ...(filters.actor ? { actors: { some: { actor: { key: filters.actor } } } } : {}),
    ...(filters.paragraph ? { paragraphs: { some: { paragraph: { number: filters.paragraph } } } } : {}),
  }
}

/** Current items matching the filters, in the report's reading order. */
export function findItems(db: Db, filters: CatalogueFilters = {}): Promise<ItemSummary[]> {
  return withCatalogueCache(db, `items:${JSON.stringify(filters)}`, () => loadItems(db, filters))
}

async function loadItems(db: Db, filters: CatalogueFilters): Promise<ItemSummary[]> {
  const searchIds = filters.q ? await searchItemIds(db, filters.q) : null
  const items = await db.item.findMany({ where: itemWhere(filters, searchIds), include: itemSummaryInclude, orderBy: { position: 'asc' } })
  return items.map(toItemSummary)
}

export type CatalogueFacets = {
  /** Current items in the whole catalogue. */
  total: number
  clusters: (ClusterRef & { count: number })[]
  kinds: { kind: ItemKind; count: number }[]
  actors: (ActorRef & { count: number })[]
  paragraphs: { number: number; count: number }[]
}

type FacetKey = 'cluster' | 'kind' | 'actor' | 'paragraph'

function countsBy<Key>(groups: { key: Key; count: number }[]): Map<Key, number> {
  return new Map(groups.map((group) => [group.key, group.count]))
}

/**
 * What each filter can choose from, with how many items each choice would
 * show given the other filters (so "Cluster 6 (4)" is true while a search is on).
 */
export function getCatalogueFacets(db: Db, filters: CatalogueFilters = {}): Promise<CatalogueFacets> {
  return withCatalogueCache(db, `facets:${JSON.stringify(filters)}`, () => loadCatalogueFacets(db, filters))
}

async function loadCatalogueFacets(db: Db, filters: CatalogueFilters): Promise<CatalogueFacets> {
  const searchIds = filters.q ? await searchItemIds(db, filters.q) : null
  const withoutFacet = (key: FacetKey) => itemWhere({ ...filters, [key]: undefined }, searchIds)
  const current = { item: { retiredAt: null } }
  const [total, clusters, clusterGroups, kindGroups, actors, actorGroups, paragraphs, paragraphGroups] = await Promise.all([
    db.item.count({ where: { retiredAt: null } }),
    db.cluster.findMany({ orderBy: { number: 'asc' } }),
    db.itemCluster.groupBy({ by: ['clusterNumber'], where: { item: withoutFacet('cluster') }, _count: { _all: true } }),
    db.item.groupBy({ by: ['kind'], where: withoutFacet('kind'), _count: { _all: true } }),
    db.actor.findMany({
      where: { items: { some: current } },
      orderBy: { name: 'asc' },
      select: { id: true, key: true, name: true, kind: true },
    }),
    db.itemActor.groupBy({ by: ['actorId'], where: { item: withoutFacet('actor') }, _count: { _all: true } }),
    db.paragraph.findMany({ where: { items: { some: current } }, orderBy: { number: 'asc' }, select: { id: true, number: true } }),
    db.itemParagraph.groupBy({ by: ['paragraphId'], where: { item: withoutFacet('paragraph') }, _count: { _all: true } }),
  ])
  const clusterCounts = countsBy(clusterGroups.map((group) => ({ key: group.clusterNumber, count: group._count._all })))
  const kindCounts = countsBy(kindGroups.map((group) => ({ key: fromDbItemKind(group.kind), count: group._count._all })))
  const actorCounts = countsBy(actorGroups.map((group) => ({ key: group.actorId, count: group._count._all })))
  const paragraphCounts = countsBy(paragraphGroups.map((group) => ({ key: group.paragraphId, count: group._count._all })))
  return {
    total,
    clusters: clusters.map((cluster) => ({ number: cluster.number, title: cluster.title, count: clusterCounts.get(cluster.number) ?? 0 })),
    kinds: itemKinds.map((kind) => ({ kind, count: kindCounts.get(kind) ?? 0 })),
    actors: actors.map(({ id, ...actor }) => ({ ...actor, count: actorCounts.get(id) ?? 0 })),
    paragraphs: paragraphs.map((paragraph) => ({ number: paragraph.number, count: paragraphCounts.get(paragraph.id) ?? 0 })),
  }
}

export type ParagraphInContext = {
  number: number
  section: string
  text: string
  footnoteRefs: FootnoteRef[]
  footnotes: { number: number; text: string }[]
  /** Where the item's quote is in `text`. */
  highlight: TextRange | null
}

export type ItemDetail = Omit<ItemSummary, 'actors'> & {
  retired: boolean
  actors: (ActorRef & { role: string | null; organisation: string | null })[]
  context: ParagraphInContext[]
  editorialNotes: { key: string; note: string }[]
  previous: { code: string; title: string } | null
  next: { code: string; title: string } | null
}

function asFootnoteRefs(value: Prisma.JsonValue): FootnoteRef[] {
  return Array.isArray(value) ? (value as FootnoteRef[]) : []
}

/** One item by code, retired or not, with its paragraphs in context; null when unknown. */
export async function getItem(db: Db, code: string): Promise<ItemDetail | null> {
  // Anything else (a NUL byte, a 10 kB string) is simply no item.
  if (!isItemCode(code)) return null
  return withCatalogueCache(db, `item:${code}`, () => loadItem(db, code))
}

async function loadItem(db: Db, code: string): Promise<ItemDetail | null> {
  const item = await db.item.findUnique({
    where: { code },
    include: {
      ...itemSummaryInclude,
      actors: { include: { actor: { include: { organisation: { select: { name: true } } } } }, orderBy: { position: 'asc' } },
      paragraphs: {
        include: { paragraph: { include: { section: true, footnotes: { orderBy: { number: 'asc' } } } } },
        orderBy: { position: 'asc' },
      },
    },
  })
  if (!item) return null

  const paragraphNumbers = item.paragraphs.map((link) => link.paragraph.number)
  const [previous, next, editorialNotes] = await Promise.all([
    db.item.findFirst({
      where: { retiredAt: null, position: { lt: item.position } },
      orderBy: { position: 'desc' },
      select: { code: true, title: true },
    }),
    db.item.findFirst({
      where: { retiredAt: null, position: { gt: item.position } },
      orderBy: { position: 'asc' },
      select: { code: true, title: true },
    }),
    db.editorialNote.findMany({
      where: { documentId: item.documentId, paragraphs: { hasSome: paragraphNumbers } },
      orderBy: { key: 'asc' },
    }),
  ])

  return {
    ...toItemSummary({ ...item, actors: item.actors, paragraphs: item.paragraphs }),
    retired: item.retiredAt !== null,
    actors: item.actors.map(({ actor }) => ({
      key: actor.key,
      name: actor.name,
      kind: actor.kind,
      role: actor.role,
      organisation: actor.organisation?.name ?? null,
    })),
    context: item.paragraphs.map(({ paragraph }) => ({
      number: paragraph.number,
      section: paragraph.section.title,
      text: paragraph.text,
      footnoteRefs: asFootnoteRefs(paragraph.footnoteRefs),
      footnotes: paragraph.footnotes.map((footnote) => ({ number: footnote.number, text: footnote.text })),
      highlight: locateQuote(paragraph.text, item.text),
    })),
    editorialNotes: editorialNotes.map((note) => ({ key: note.key, note: note.note })),
    previous,
    next,
  }
}

export type ReportParagraphItem = { code: string; title: string; kind: ItemKind }

export type ReportView = {
  title: string
  subtitle: string
  date: string
  time: string
  place: string
  checksum: string
  sections: {
    title: string
    paragraphs: {
      number: number
      text: string
      footnoteRefs: FootnoteRef[]
      items: ReportParagraphItem[]
    }[]
  }[]
  footnotes: { number: number; text: string; paragraph: number }[]
  editorialNotes: { key: string; note: string; paragraphs: number[] }[]
}

/** The imported report, whole, with the current items drawn from each paragraph; null before any import. */
export async function getReport(db: Db): Promise<ReportView | null> {
  const document = await db.sourceDocument.findFirst({
    orderBy: { importedAt: 'desc' },
    include: {
      sections: {
        orderBy: { position: 'asc' },
        include: {
          paragraphs: {
            orderBy: { number: 'asc' },
            include: {
              items: {
                where: { item: { retiredAt: null } },
                include: { item: { select: { code: true, title: true, kind: true, position: true } } },
              },
            },
          },
        },
      },
      footnotes: { orderBy: { number: 'asc' }, include: { paragraph: { select: { number: true } } } },
      editorialNotes: { orderBy: { key: 'asc' } },
    },
  })
  if (!document) return null
  return {
    title: document.title,
    subtitle: document.subtitle,
    date: document.date.toISOString().slice(0, 10),
    time: document.time,
    place: document.place,
    checksum: document.checksum,
    sections: document.sections.map((section) => ({
      title: section.title,
      paragraphs: section.paragraphs.map((paragraph) => ({
        number: paragraph.number,
        text: paragraph.text,
        footnoteRefs: asFootnoteRefs(paragraph.footnoteRefs),
        items: paragraph.items
          .map((link) => link.item)
          .sort((a, b) => a.position - b.position)
          .map((item) => ({ code: item.code, title: item.title, kind: fromDbItemKind(item.kind) })),
      })),
    })),
    footnotes: document.footnotes.map((footnote) => ({
      number: footnote.number,
      text: footnote.text,
      paragraph: footnote.paragraph.number,
    })),
    editorialNotes: document.editorialNotes.map((note) => ({ key: note.key, note: note.note, paragraphs: note.paragraphs })),
  }
}
