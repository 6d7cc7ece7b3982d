import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { useTestDb } from '@/lib/testing/db'

import type { CatalogueData } from './catalogue-data'
import { DATA_DIR, DEFAULT_CATALOGUE_FILE, importCatalogue, readCatalogueSource } from './import-catalogue'

const realCatalogue = JSON.parse(readFileSync(DEFAULT_CATALOGUE_FILE, 'utf8')) as CatalogueData

const tempDirs: string[] = []
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A catalogue file beside a copy of the report, changed by `edit`. */
function writeCatalogue(edit: (catalogue: CatalogueData) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gfmd-catalogue-'))
  tempDirs.push(dir)
  const catalogue = structuredClone(realCatalogue)
  edit(catalogue)
  writeFileSync(path.join(dir, 'catalogue.json'), JSON.stringify(catalogue))
  writeFileSync(path.join(dir, catalogue.document.file), readFileSync(path.join(DATA_DIR, catalogue.document.file)))
  return path.join(dir, 'catalogue.json')
}

describe('importCatalogue', () => {
  const db = useTestDb()

  async function rowCounts() {
    const [documents, sections, paragraphs, footnotes, notes, actors, items, itemParagraphs, itemClusters, itemObjectives, itemActors] =
      await Promise.all([
        db.sourceDocument.count(),
        db.reportSection.count(),
        db.paragraph.count(),
        db.footnote.count(),
        db.editorialNote.count(),
        db.actor.count(),
        db.item.count(),
        db.itemParagraph.count(),
        db.itemCluster.count(),
        db.itemObjective.count(),
        db.itemActor.count(),
      ])
    return { documents, sections, paragraphs, footnotes, notes, actors, items, itemParagraphs, itemClusters, itemObjectives, itemActors }
  }

  beforeAll(async () => {
    await importCatalogue(db)
  })

  it('stores the whole report: 4 sections, 23 paragraphs, 3 footnotes linked to where they are cited', async () => {
    const document = await db.sourceDocument.findUniqueOrThrow({
      where: { slug: 'gfmd-dialogue-on-gcm-2017-04-06-summary' },
      include: { sections: { orderBy: { position: 'asc' } }, footnotes: { include: { paragraph: true }, orderBy: { number: 'asc' } } },
    })
    expect(document.checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(document.sections.map((section) => section.title)).toEqual([
      'Introduction',
      'Opening plenary',
      'Open discussion',
      'Closing Plenary',
    ])
    expect(await db.paragraph.count({ where: { documentId: document.id } })).toBe(23)
    expect(document.footnotes.map((footnote) => [footnote.number, footnote.paragraph.number])).toEqual([
      [1, 1],
      [2, 3],
      [3, 16],
    ])
    const paragraph9 = await db.paragraph.findFirstOrThrow({ where: { number: 9 } })
    expect(paragraph9.text).toContain('She acknowledged the remarkable job')
  })

  it('stores every item with its paragraphs, clusters, objectives and actors', async () => {
    expect(await db.item.count({ where: { retiredAt: null } })).toBe(realCatalogue.items.length)
    const item = await db.item.findUniqueOrThrow({
      where: { code: 'E-16.01' },
      include: { paragraphs: { include: { paragraph: true } }, clusters: true, actors: { include: { actor: true } } },
    })
    expect(item.paragraphs.map((link) => link.paragraph.number)).toEqual([16])
    expect(item.clusters.length).toBeGreaterThan(0)
    const wu = await db.actor.findUniqueOrThrow({ where: { key: 'wu-hongbo' }, include: { organisation: true } })
    expect(wu.aliases).toContain('Hu Wongbo')
    expect(wu.organisation?.key).toBe('undesa')
  })

  it('is idempotent: importing again leaves the same rows and touches no item', async () => {
    const before = await rowCounts()
    const updatedAtBefore = await db.item.findMany({ select: { code: true, updatedAt: true }, orderBy: { code: 'asc' } })
    const summary = await importCatalogue(db)
    expect(summary.items).toEqual({ created: [], updated: [], unchanged: realCatalogue.items.length, retired: [] })
    expect(await rowCounts()).toEqual(before)
    expect(await db.item.findMany({ select: { code: true, updatedAt: true }, orderBy: { code: 'asc' } })).toEqual(updatedAtBefore)
  })

  it('changes only the item whose title changed, in place', async () => {
    const before = await db.item.findMany({ orderBy: { code: 'asc' } })
    const file = writeCatalogue((catalogue) => {
      const item = catalogue.items.find((candidate) => candidate.code === 'R-21.02')
      if (item) item.title = 'A retitled recommendation'
    })
    const summary = await importCatalogue(db, readCatalogueSource({ catalogueFile: file }))
    expect(summary.items.updated).toEqual(['R-21.02'])
    const after = await db.item.findMany({ orderBy: { code: 'asc' } })
    expect(after.map((item) => item.id)).toEqual(before.map((item) => item.id))
    const changed = after.filter((item, index) => JSON.stringify(item) !== JSON.stringify(before[index]))
    expect(changed.map((item) => [item.code, item.title])).toEqual([['R-21.02', 'A retitled recommendation']])
    await importCatalogue(db)
  })

  it('retires an item removed from the data, keeping its row, and restores it when it comes back', async () => {
    const item = await db.item.findUniqueOrThrow({ where: { code: 'E-16.05' } })
    const file = writeCatalogue((catalogue) => {
      catalogue.items = catalogue.items.filter((candidate) => candidate.code !== 'E-16.05')
    })
    const summary = await importCatalogue(db, readCatalogueSource({ catalogueFile: file }))
    expect(summary.items.retired).toEqual(['E-16.05'])
    const retired = await db.item.findUniqueOrThrow({ where: { code: 'E-16.05' } })
    expect(retired.id).toBe(item.id)
    expect(retired.retiredAt).not.toBeNull()

    const restored = await importCatalogue(db)
    expect(restored.items.updated).toEqual(['E-16.05'])
    expect((await db.item.findUniqueOrThrow({ where: { code: 'E-16.05' } })).retiredAt).toBeNull()
  })

  it('stops on a quote that is not in its paragraph, naming the item and paragraph, with nothing changed', async () => {
    const before = await rowCounts()
    const file = writeCatalogue((catalogue) => {
      const item = catalogue.items.find((candidate) => candidate.code === 'E-16.03')
      if (item) item.text = 'Words the report never said.'
    })
    expect(() => readCatalogueSource({ catalogueFile: file })).toThrow(/E-16\.03.*paragraph 16/)
    expect(await rowCounts()).toEqual(before)
  })
})
