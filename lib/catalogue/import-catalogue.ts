/**
 * Imports a report and its curated catalogue (prisma/data/) into the database.
 *
 * Everything is read and validated before the first write, so a bad quote stops
 * the import with nothing changed. Re-running is idempotent: records are matched
 * by their stable keys (document slug, paragraph number, actor key, item code),
 * items are updated in place only when they changed, and an item that left the
 * data is retired, never deleted, so what delegations attached to it stays.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'

import { parseCatalogueData, type CatalogueData, type CatalogueItemData } from './catalogue-data'
import { importReferenceData } from './import-reference-data'
import { toDbItemKind } from './item-kind'
import { locateQuote } from './locate-quote'
import { parseReport, type ParsedReport } from './parse-report'
import { assertCatalogueMatchesReport } from './validate-catalogue'

export const DATA_DIR = path.join(process.cwd(), 'prisma', 'data')
export const DEFAULT_CATALOGUE_FILE = path.join(DATA_DIR, 'catalogue.json')

export type CatalogueSource = { report: ParsedReport; reportFileName: string; checksum: string; catalogue: CatalogueData }

export type ImportSummary = {
  document: string
  paragraphs: number
  footnotes: number
  actors: number
  items: { created: string[]; updated: string[]; unchanged: number; retired: string[] }
}

export class CatalogueImportError extends Error {
  constructor(file: string, cause: unknown) {
    const shown = path.relative(process.cwd(), file)
    super(`Cannot import ${shown.startsWith('..') ? file : shown}: ${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'CatalogueImportError'
  }
}

function readText(file: string): Buffer {
  try {
    return readFileSync(file)
  } catch (error) {
    throw new CatalogueImportError(file, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error)
  }
}

/**
 * Reads and checks the catalogue and the report it quotes. The report file is
 * the one the catalogue names, unless another is given.
 */
export function readCatalogueSource(options: { catalogueFile?: string; reportFile?: string } = {}): CatalogueSource {
  const catalogueFile = options.catalogueFile ?? DEFAULT_CATALOGUE_FILE
  let catalogue: CatalogueData
  try {
    catalogue = parseCatalogueData(JSON.parse(readText(catalogueFile).toString('utf8')))
  } catch (error) {
    throw error instanceof CatalogueImportError ? error : new CatalogueImportError(catalogueFile, error)
  }
  const reportFile = options.reportFile ?? path.join(path.dirname(catalogueFile), catalogue.document.file)
  const bytes = readText(reportFile)
  let report: ParsedReport
  try {
    report = parseReport(bytes.toString('utf8'))
    assertCatalogueMatchesReport(report, catalogue)
  } catch (error) {
    throw new CatalogueImportError(reportFile, error)
  }
  return {
    report,
    reportFileName: path.basename(reportFile),
    checksum: createHash('sha256').update(bytes).digest('hex'),
    catalogue,
  }
}

type Tx = Prisma.TransactionClient

async function importDocument(tx: Tx, source: CatalogueSource) {
  const { report, catalogue } = source
  const slug = source.reportFileName.replace(/\.md$/, '')
  const fields = {
    title: report.title,
    subtitle: report.subtitle,
    date: new Date(`${report.date}T00:00:00Z`),
    time: report.time,
    place: report.place,
    fileName: source.reportFileName,
    checksum: source.checksum,
  }
  const document = await tx.sourceDocument.upsert({
    where: { slug },
    create: { slug, ...fields },
    update: { ...fields, importedAt: new Date() },
  })

  const sectionIds = new Map<string, string>()
  for (const section of report.sections) {
    const row = await tx.reportSection.upsert({
      where: { documentId_position: { documentId: document.id, position: section.position } },
      create: { documentId: document.id, position: section.position, title: section.title },
      update: { title: section.title },
    })
    sectionIds.set(section.title, row.id)
  }

  const paragraphIds = new Map<number, string>()
  for (const paragraph of report.paragraphs) {
    const fields = {
      sectionId: sectionIds.get(paragraph.section) as string,
      text: paragraph.text,
      footnoteRefs: paragraph.footnoteRefs,
    }
    const row = await tx.paragraph.upsert({
      where: { documentId_number: { documentId: document.id, number: paragraph.number } },
      create: { documentId: document.id, number: paragraph.number, ...fields },
      update: fields,
    })
    paragraphIds.set(paragraph.number, row.id)
  }

  for (const footnote of report.footnotes) {
    const fields = { text: footnote.text, paragraphId: paragraphIds.get(footnote.paragraph) as string }
    await tx.footnote.upsert({
      where: { documentId_number: { documentId: document.id, number: footnote.number } },
      create: { documentId: document.id, number: footnote.number, ...fields },
      update: fields,
    })
  }

  // Editorial notes are ours, not the delegations': the data file is their truth.
  await tx.editorialNote.deleteMany({
    where: { documentId: document.id, key: { notIn: catalogue.editorialNotes.map((note) => note.key) } },
  })
  for (const note of catalogue.editorialNotes) {
    await tx.editorialNote.upsert({
      where: { documentId_key: { documentId: document.id, key: note.key } },
      create: { documentId: document.id, key: note.key, note: note.note, paragraphs: note.paragraphs },
      update: { note: note.note, paragraphs: note.paragraphs },
    })
  }
  return { document, paragraphIds }
}

async function importActors(tx: Tx, catalogue: CatalogueData): Promise<Map<string, string>> {
  const actorIds = new Map<string, string>()
  for (const actor of catalogue.actors) {
    const fields = { name: actor.name, kind: actor.kind, role: actor.role ?? null, aliases: actor.aliases }
    const row = await tx.actor.upsert({ where: { key: actor.key }, create: { key: actor.key, ...fields }, update: fields })
    actorIds.set(actor.key, row.id)
  }
  // Organisations exist now; link people to them.
  for (const actor of catalogue.actors) {
    await tx.actor.update({
      where: { key: actor.key },
      data: { organisationId: actor.organisation ? (actorIds.get(actor.organisation) ?? null) : null },
    })
  }
  return actorIds
}

/** What an item is, in a form that compares equal when nothing changed. */
function itemSignature(item: {
  kind: string
  title: string
  text: string
  position: number
  retired: boolean
  paragraphIds: string[]
  clusters: number[]
  objectives: number[]
  actorIds: string[]
}): string {
  return JSON.stringify([
    item.kind,
    item.title,
    item.text,
    item.position,
    item.retired,
    item.paragraphIds,
    [...item.clusters].sort(),
    [...item.objectives].sort(),
    item.actorIds,
  ])
}

/**
 * Where the item's quote starts in the report, as one sortable number. Derived
 * from the report rather than the data file's order, so removing or adding an
 * item never moves the others.
 */
function readingPosition(item: CatalogueItemData, paragraphTexts: Map<number, string>): number {
  const paragraph = item.paragraphs[0] as number
  const offset = locateQuote(paragraphTexts.get(paragraph) ?? '', item.text)?.start ?? 0
  return paragraph * 100_000 + offset
}

async function importItems(
  tx: Tx,
  report: ParsedReport,
  items: CatalogueItemData[],
  documentId: string,
  paragraphIds: Map<number, string>,
  actorIds: Map<string, string>,
): Promise<ImportSummary['items']> {
  const existing = await tx.item.findMany({
    include: {
      paragraphs: { orderBy: { position: 'asc' } },
      clusters: true,
      objectives: true,
      actors: { orderBy: { position: 'asc' } },
    },
  })
  const existingByCode = new Map(existing.map((item) => [item.code, item]))
  const paragraphTexts = new Map(report.paragraphs.map((paragraph) => [paragraph.number, paragraph.text]))
  const summary: ImportSummary['items'] = { created: [], updated: [], unchanged: 0, retired: [] }

  for (const item of items) {
    const position = readingPosition(item, paragraphTexts)
    const wanted = {
      kind: toDbItemKind(item.kind),
      title: item.title,
      text: item.text,
      position,
      paragraphIds: item.paragraphs.map((number) => paragraphIds.get(number) as string),
      clusters: item.clusters,
      objectives: item.objectives,
      actorIds: item.actors.map((key) => actorIds.get(key) as string),
    }
    const current = existingByCode.get(item.code)
    if (
      current &&
      itemSignature({ ...wanted, retired: false }) ===
        itemSignature({
          ...current,
          retired: current.retiredAt !== null,
          paragraphIds: current.paragraphs.map((link) => link.paragraphId),
          clusters: current.clusters.map((link) => link.clusterNumber),
          objectives: current.objectives.map((link) => link.objectiveNumber),
          actorIds: current.actors.map((link) => link.actorId),
        })
    ) {
      summary.unchanged += 1
      continue
    }

    const links = {
      paragraphs: { create: wanted.paragraphIds.map((paragraphId, index) => ({ paragraphId, position: index })) },
      clusters: { create: wanted.clusters.map((clusterNumber) => ({ clusterNumber })) },
      objectives: { create: wanted.objectives.map((objectiveNumber) => ({ objectiveNumber })) },
      actors: { create: wanted.actorIds.map((actorId, index) => ({ actorId, position: index })) },
    }
    const fields = { kind: wanted.kind, title: wanted.title, text: wanted.text, position, documentId, retiredAt: null }
    if (current) {
      // The item keeps its id, so everything attached to it stays attached.
      await tx.itemParagraph.deleteMany({ where: { itemId: current.id } })
      await tx.itemCluster.deleteMany({ where: { itemId: current.id } })
      await tx.itemObjective.deleteMany({ where: { itemId: current.id } })
      await tx.itemActor.deleteMany({ where: { itemId: current.id } })
      await tx.item.update({ where: { id: current.id }, data: { ...fields, ...links } })
      summary.updated.push(item.code)
    } else {
      await tx.item.create({ data: { code: item.code, ...fields, ...links } })
      summary.created.push(item.code)
    }
  }

  const wantedCodes = new Set(items.map((item) => item.code))
  const toRetire = existing.filter((item) => !wantedCodes.has(item.code) && item.retiredAt === null)
  if (toRetire.length > 0) {
    await tx.item.updateMany({ where: { id: { in: toRetire.map((item) => item.id) } }, data: { retiredAt: new Date() } })
    summary.retired = toRetire.map((item) => item.code)
  }
  return summary
}

export async function importCatalogue(db: Db, source: CatalogueSource = readCatalogueSource()): Promise<ImportSummary> {
  return db.$transaction(
    async (tx) => {
      await importReferenceData(tx)
      const { document, paragraphIds } = await importDocument(tx, source)
      const actorIds = await importActors(tx, source.catalogue)
      const items = await importItems(tx, source.report, source.catalogue.items, document.id, paragraphIds, actorIds)
      return {
        document: document.title,
        paragraphs: source.report.paragraphs.length,
        footnotes: source.report.footnotes.length,
        actors: source.catalogue.actors.length,
        items,
      }
    },
    { timeout: 60_000, maxWait: 10_000 },
  )
}

export function describeImport(summary: ImportSummary): string {
  const { created, updated, unchanged, retired } = summary.items
  return (
    `Catalogue: ${summary.paragraphs} paragraphs, ${summary.footnotes} footnotes, ${summary.actors} actors; ` +
    `items ${created.length} created, ${updated.length} updated, ${unchanged} unchanged, ${retired.length} retired` +
    (updated.length > 0 ? ` (updated: ${updated.join(', ')})` : '') +
    (retired.length > 0 ? ` (retired: ${retired.join(', ')})` : '')
  )
}
