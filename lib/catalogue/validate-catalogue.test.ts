import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCatalogueData, type CatalogueData, type CatalogueItemData } from './catalogue-data'
import { parseReport } from './parse-report'
import { assertCatalogueMatchesReport, CatalogueValidationError, findCatalogueProblems, normaliseQuoteText } from './validate-catalogue'

function readData(file: string): string {
  return fs.readFileSync(path.join(process.cwd(), 'prisma/data', file), 'utf8')
}

const report = parseReport(readData('gfmd-dialogue-on-gcm-2017-04-06-summary.md'))
const catalogue = parseCatalogueData(JSON.parse(readData('catalogue.json')))

function withItem(code: string, change: Partial<CatalogueItemData>): CatalogueData {
  return {
    ...catalogue,
    items: catalogue.items.map((item) => (item.code === code ? { ...item, ...change } : item)),
  }
}

describe('the real catalogue against the real report', () => {
  it('finds every item’s quote in its cited paragraph', () => {
    expect(findCatalogueProblems(report, catalogue)).toEqual([])
    expect(() => assertCatalogueMatchesReport(report, catalogue)).not.toThrow()
  })

  it('describes the report it was curated from', () => {
    expect(catalogue.document.file).toBe('gfmd-dialogue-on-gcm-2017-04-06-summary.md')
    expect(catalogue.document.date).toBe(report.date)
  })

  it('covers the 13 aspirational elements of paragraph 16 and the four elements of paragraph 13', () => {
    const codes = catalogue.items.map((item) => item.code)
    for (let n = 1; n <= 13; n += 1) expect(codes).toContain(`E-16.${String(n).padStart(2, '0')}`)
    expect(codes).toEqual(expect.arrayContaining(['E-13.01', 'E-13.02', 'E-13.03', 'E-13.04']))
  })
})

describe('findCatalogueProblems', () => {
  it('reports an altered quote, naming the item code and paragraph', () => {
    const altered = withItem('E-16.03', { text: 'Enhance capacity for managing migration in countries of destination' })
    const problems = findCatalogueProblems(report, altered)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'E-16.03', paragraphs: [16] })
    expect(problems[0]?.message).toMatch(/^Item E-16\.03: quoted text not found in paragraph 16: "Enhance capacity/)
    expect(() => assertCatalogueMatchesReport(report, altered)).toThrow(CatalogueValidationError)
    expect(() => assertCatalogueMatchesReport(report, altered)).toThrow(/Item E-16\.03: quoted text not found in paragraph 16/)
  })

  it('reports a quote cited from the wrong paragraph', () => {
    const misplaced = withItem('R-21.01', { paragraphs: [20] })
    expect(findCatalogueProblems(report, misplaced).map((p) => p.message)).toEqual([
      expect.stringMatching(/^Item R-21\.01: quoted text not found in paragraph 20/),
    ])
  })

  it('reports a cited paragraph that does not exist', () => {
    const problems = findCatalogueProblems(report, withItem('P-23.01', { paragraphs: [24] }))
    expect(problems.map((p) => p.message)).toEqual(['Item P-23.01: cited paragraph 24 does not exist in the report'])
  })

  it('rejects a quote that cuts a word short', () => {
    const truncated = withItem('E-16.01', { text: 'Address the drivers and root cause' })
    expect(findCatalogueProblems(report, truncated)).toHaveLength(1)
  })

  it('rejects a quote that keeps markdown markup or the list marker', () => {
    const bold = withItem('F-22.01', { text: '**Ambassador Gomez Camacho** made it clear' })
    expect(findCatalogueProblems(report, bold).map((p) => p.message)).toContainEqual(expect.stringContaining('markdown emphasis'))
    const marked = withItem('E-16.01', { text: '- Address the drivers and root causes of migration.' })
    expect(findCatalogueProblems(report, marked).map((p) => p.message)).toEqual([expect.stringContaining('list marker')])
  })

  it('matches a quote that runs across the page break of paragraph 20', () => {
    const item = catalogue.items.find((i) => i.code === 'R-20.05')
    expect(item?.text).toContain('has deepened the international community')
    expect(findCatalogueProblems(report, withItem('R-20.05', {}))).toEqual([])
  })

  it('matches a quote spanning two cited paragraphs', () => {
    const spanning = withItem('P-11.01', {
      code: 'P-10.01',
      paragraphs: [10, 11],
      text: 'The first thematic session is scheduled on 8-9 May in Geneva. Ambassador Gomez Camacho praised',
    })
    expect(findCatalogueProblems(report, spanning)).toEqual([])
  })

  it('reports an alias that does not occur in the report and a spelling shared by two actors', () => {
    const actors = catalogue.actors.map((actor) => (actor.key === 'wu-hongbo' ? { ...actor, aliases: ['Hu Hongbo'] } : actor))
    actors.push({ key: 'lauber-again', name: 'Jürg Lauber', kind: 'person', aliases: [] })
    const messages = findCatalogueProblems(report, { ...catalogue, actors }).map((p) => p.message)
    expect(messages).toEqual([
      'Actor wu-hongbo: alias "Hu Hongbo" does not occur in the report',
      'Actor lauber-again: "Jürg Lauber" is also a name or alias of actor jurg-lauber',
    ])
  })
})

describe('normaliseQuoteText', () => {
  it('turns typographic quotes and dashes into plain ones', () => {
    expect(normaliseQuoteText('a “make or break” opportunity')).toBe('a "make or break" opportunity')
    expect(normaliseQuoteText('migrants’ remittances, ‘three-S’')).toBe("migrants' remittances, 'three-S'")
    expect(normaliseQuoteText('«ici»')).toBe('"ici"')
    expect(normaliseQuoteText('host countries – i.e. 85% — all')).toBe('host countries - i.e. 85% - all')
  })

  it('collapses whitespace, including list line breaks, and trims', () => {
    expect(normaliseQuoteText('  lead:\n- item one;\n- item\ttwo  ')).toBe('lead: - item one; - item two')
    expect(normaliseQuoteText('a\u00a0 b')).toBe('a b')
  })

  it('composes accented letters (NFC)', () => {
    expect(normaliseQuoteText('Ju\u0308rg')).toBe('Jürg')
  })
})
