import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCatalogueData } from './catalogue-data'
import { locateQuote } from './locate-quote'
import { parseReport } from './parse-report'

const paragraph = [
  'He suggested different options to effectively deliver substantial inputs:',
  '- a) The summary outcome of the Dialogue;',
  '- b) The outcome of the six government roundtables;',
  '- c) The GFMD’s “added value” – its consensus-building approach.',
].join('\n')

/** The original text a located range covers. */
function located(text: string, quote: string): string | null {
  const range = locateQuote(text, quote)
  return range && text.slice(range.start, range.end)
}

describe('locateQuote', () => {
  it('finds a quote inside the lead text', () => {
    expect(locateQuote(paragraph, 'different options')).toEqual({ start: 13, end: 30 })
    expect(located(paragraph, 'different options')).toBe('different options')
  })

  it('finds a quote that is one list item, without its "- " marker', () => {
    const range = locateQuote(paragraph, 'a) The summary outcome of the Dialogue;')
    expect(range).toEqual({ start: paragraph.indexOf('a) The'), end: paragraph.indexOf('\n- b)') })
  })

  it('finds a quote spanning two list items, covering the line break and marker between them', () => {
    expect(located(paragraph, 'the Dialogue; b) The outcome')).toBe('the Dialogue;\n- b) The outcome')
    // Line breaks in the quote fold like spaces.
    expect(located(paragraph, 'the Dialogue;\nb) The outcome')).toBe('the Dialogue;\n- b) The outcome')
  })

  it('still finds a quote that keeps the " - " of the marker, as the catalogue validator accepts', () => {
    expect(located(paragraph, 'the Dialogue; - b) The outcome')).toBe('the Dialogue;\n- b) The outcome')
  })

  it('matches straight quotes and hyphens against typographic ones, and the reverse', () => {
    expect(located(paragraph, `The GFMD's "added value" - its`)).toBe('The GFMD’s “added value” – its')
    const straight = `The GFMD's "added value" - its approach`
    expect(located(straight, 'GFMD’s “added value” — its')).toBe(`GFMD's "added value" - its`)
  })

  it('collapses runs of whitespace on either side', () => {
    expect(located('one  two\tthree', 'two   three')).toBe('two\tthree')
    expect(located(paragraph, '  summary outcome \n')).toBe('summary outcome')
  })

  it('finds decomposed accents against composed ones', () => {
    expect(located('Mr Jürg Lauber spoke', 'Ju\u0308rg Lauber')).toBe('Jürg Lauber')
    expect(located('Mr Ju\u0308rg Lauber spoke', 'Jürg Lauber')).toBe('Ju\u0308rg Lauber')
  })

  it('skips matches inside longer words', () => {
    const text = 'migrants and migrant workers'
    expect(locateQuote(text, 'migrant')).toEqual({ start: 13, end: 20 })
  })

  it('returns null when the quote is not in the paragraph', () => {
    expect(locateQuote(paragraph, 'The outcome of the seven government roundtables')).toBeNull()
    expect(locateQuote(paragraph, 'summ')).toBeNull()
    expect(locateQuote(paragraph, '   ')).toBeNull()
    expect(locateQuote('', 'anything')).toBeNull()
  })
})

describe('locateQuote on the real catalogue and report', () => {
  const read = (file: string) => fs.readFileSync(path.join(process.cwd(), 'prisma/data', file), 'utf8')
  const report = parseReport(read('gfmd-dialogue-on-gcm-2017-04-06-summary.md'))
  const catalogue = parseCatalogueData(JSON.parse(read('catalogue.json')))

  it('locates every item’s quote in its cited paragraph', () => {
    const notLocated = catalogue.items.flatMap((item) => {
      // A quote citing several paragraphs runs across them; locateQuote works within one.
      if (item.paragraphs.length !== 1) return []
      const text = report.paragraphs.find((p) => p.number === item.paragraphs[0])?.text ?? ''
      return locateQuote(text, item.text) ? [] : [item.code]
    })
    expect(catalogue.items.length).toBeGreaterThan(0)
    expect(notLocated).toEqual([])
  })

  it('highlights exactly one whole list item of paragraph 16 for E-16.03', () => {
    const item = catalogue.items.find((i) => i.code === 'E-16.03')
    const text = report.paragraphs.find((p) => p.number === 16)?.text ?? ''
    const range = item && locateQuote(text, item.text)
    expect(range).not.toBeNull()
    if (!range) return
    expect(text.slice(range.start - 3, range.start)).toBe('\n- ')
    expect(text.charAt(range.end)).toBe('\n')
  })
})
