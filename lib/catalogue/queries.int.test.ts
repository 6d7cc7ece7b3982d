import { readFileSync } from 'node:fs'

import { beforeAll, describe, expect, it } from 'vitest'

import { useTestDb } from '@/lib/testing/db'

import { getCatalogueItemForApi, listCatalogueForApi } from './catalogue-api'
import type { CatalogueData } from './catalogue-data'
import { DEFAULT_CATALOGUE_FILE, importCatalogue } from './import-catalogue'
import { findItems, getCatalogueFacets, getItem, getReport } from './queries'

const catalogue = JSON.parse(readFileSync(DEFAULT_CATALOGUE_FILE, 'utf8')) as CatalogueData
const { clusters } = JSON.parse(readFileSync('prisma/data/clusters.json', 'utf8')) as { clusters: { number: number; title: string }[] }
const { objectives } = JSON.parse(readFileSync('prisma/data/objectives.json', 'utf8')) as {
  objectives: { number: number; title: string }[]
}

describe('catalogue queries', () => {
  const db = useTestDb()

  beforeAll(async () => {
    await importCatalogue(db)
  })

  it('lists every current item in reading order', async () => {
    const items = await findItems(db)
    expect(items).toHaveLength(catalogue.items.length)
    const paragraphs = items.map((item) => item.paragraphs[0] as number)
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b))
  })

  it('finds the items on remittances by full-text search, stemmed, in their words and their clusters’ and objectives’ titles', async () => {
    const codes = (await findItems(db, { q: 'remittance' })).map((item) => item.code)
    const titleOf = (list: { number: number; title: string }[], number: number) =>
      list.find((entry) => entry.number === number)?.title ?? ''
    const expected = catalogue.items
      .filter((item) =>
        [
          item.text,
          item.title,
          ...item.clusters.map((number) => titleOf(clusters, number)),
          ...item.objectives.map((number) => titleOf(objectives, number)),
        ].some((words) => /remittance/i.test(words)),
      )
      .map((item) => item.code)
    expect(expected.length).toBeGreaterThan(0)
    expect(codes.sort()).toEqual(expected.sort())
    // Cluster 4's title names remittances: every one of its items is found.
    const clusterFour = catalogue.items.filter((item) => item.clusters.includes(4)).map((item) => item.code)
    expect(clusterFour.length).toBeGreaterThan(0)
    expect(codes).toEqual(expect.arrayContaining(clusterFour))
  })

  it('folds accents: "Gotz" finds what Götz Schmidt-Bremme said, as "Götz" does', async () => {
    const withAccent = (await findItems(db, { q: 'Götz' })).map((item) => item.code)
    expect(withAccent).toContain('P-05.01')
    expect((await findItems(db, { q: 'Gotz' })).map((item) => item.code)).toEqual(withAccent)
    expect((await findItems(db, { q: 'jurg lauber' })).map((item) => item.code)).toEqual(
      (await findItems(db, { q: 'Jürg Lauber' })).map((item) => item.code),
    )
  })

  it('lists the working session III items under cluster 6', async () => {
    const codes = (await findItems(db, { cluster: 6 })).map((item) => item.code)
    const sessionThree = catalogue.items.filter((item) => item.actors.includes('working-session-iii')).map((item) => item.code)
    expect(sessionThree.length).toBeGreaterThan(0)
    expect(codes).toEqual(expect.arrayContaining(sessionThree))
    for (const code of codes) expect(catalogue.items.find((item) => item.code === code)?.clusters).toContain(6)
  })

  it('combines filters by kind, actor and paragraph, and finds an actor under either spelling', async () => {
    const items = await findItems(db, { kind: 'gcm-element', paragraph: 13, actor: 'wu-hongbo' })
    expect(items.map((item) => item.code)).toEqual(['E-13.01', 'E-13.02', 'E-13.03', 'E-13.04'])
    expect((await findItems(db, { q: 'Wongbo' })).map((item) => item.code)).toEqual(expect.arrayContaining(['E-13.01']))
    expect(await findItems(db, { q: 'zzzzqqq' })).toEqual([])
  })

  it('counts items per cluster, kind, actor and paragraph for the filters', async () => {
    const facets = await getCatalogueFacets(db)
    expect(facets.total).toBe(catalogue.items.length)
    expect(facets.clusters).toHaveLength(6)
    expect(facets.kinds.reduce((sum, kind) => sum + kind.count, 0)).toBe(catalogue.items.length)
    expect(facets.paragraphs.find((paragraph) => paragraph.number === 16)?.count).toBe(
      catalogue.items.filter((item) => item.paragraphs.includes(16)).length,
    )
  })

  it('gives an item with its paragraph in context, the quote located, and its neighbours', async () => {
    const item = await getItem(db, 'E-16.03')
    expect(item).not.toBeNull()
    const context = item?.context[0]
    expect(context?.number).toBe(16)
    expect(context && context.highlight && context.text.slice(context.highlight.start, context.highlight.end)).toContain('Enhance capacity')
    expect(context?.footnotes.map((footnote) => footnote.number)).toEqual([3])
    expect(item?.previous?.code).toBeDefined()
    expect(item?.next?.code).toBeDefined()
    expect(await getItem(db, 'X-99.99')).toBeNull()
  })

  it('gives the whole report with the items drawn from each paragraph', async () => {
    const report = await getReport(db)
    const paragraphs = report?.sections.flatMap((section) => section.paragraphs) ?? []
    expect(paragraphs.map((paragraph) => paragraph.number)).toEqual(Array.from({ length: 23 }, (_, index) => index + 1))
    expect(report?.footnotes.map((footnote) => footnote.paragraph)).toEqual([1, 3, 16])
    expect(paragraphs.find((paragraph) => paragraph.number === 16)?.items.map((item) => item.code)).toContain('E-16.01')
    expect(report?.editorialNotes.map((note) => note.key)).toContain('stocktaking-date')
  })

  it('serves the API shape', async () => {
    const items = await listCatalogueForApi(db)
    expect(items).toHaveLength(catalogue.items.length)
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(['actors', 'clusters', 'code', 'kind', 'objectives', 'paragraphs', 'text', 'title'])
    const one = await getCatalogueItemForApi(db, 'R-21.02')
    expect(one).toMatchObject({ code: 'R-21.02', kind: 'gfmd-recommendation', paragraphs: [21], retired: false })
  })
})
