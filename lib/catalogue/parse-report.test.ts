import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReport, ReportFormatError, type ReportParagraph } from './parse-report'

const reportMarkdown = fs.readFileSync(path.join(process.cwd(), 'prisma/data/gfmd-dialogue-on-gcm-2017-04-06-summary.md'), 'utf8')
const report = parseReport(reportMarkdown)

function paragraph(number: number): ReportParagraph {
  const found = report.paragraphs.find((p) => p.number === number)
  if (!found) throw new Error(`paragraph ${number} missing`)
  return found
}

describe('parseReport on the 6 April 2017 summary report', () => {
  it('reads the header', () => {
    expect(report.title).toBe('GFMD Dialogue on the Global Compact for safe, orderly and regular migration')
    expect(report.subtitle).toBe('Summary Report')
    expect(report.date).toBe('2017-04-06')
    expect(report.time).toBe('09:30 – 17:30')
    expect(report.place).toBe('Palais des Nations, Geneva')
  })

  it('reads the four sections in order and places each paragraph in its section', () => {
    expect(report.sections).toEqual([
      { title: 'Introduction', position: 1 },
      { title: 'Opening plenary', position: 2 },
      { title: 'Open discussion', position: 3 },
      { title: 'Closing Plenary', position: 4 },
    ])
    expect(paragraph(4).section).toBe('Introduction')
    expect(paragraph(5).section).toBe('Opening plenary')
    expect(paragraph(13).section).toBe('Opening plenary')
    expect(paragraph(14).section).toBe('Open discussion')
    expect(paragraph(17).section).toBe('Open discussion')
    expect(paragraph(18).section).toBe('Closing Plenary')
    expect(paragraph(23).section).toBe('Closing Plenary')
  })

  it('yields paragraphs 1 to 23 in order', () => {
    expect(report.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1))
    expect(paragraph(1).text.startsWith('The Global Forum on Migration and Development (GFMD) has been')).toBe(true)
    expect(paragraph(23).text.endsWith('for a substantial contribution to the GCM.')).toBe(true)
  })

  it('yields footnotes 1 to 3 with the paragraphs that cite them', () => {
    expect(report.footnotes.map(({ number, paragraph: citedIn }) => ({ number, citedIn }))).toEqual([
      { number: 1, citedIn: 1 },
      { number: 2, citedIn: 3 },
      { number: 3, citedIn: 16 },
    ])
    expect(report.footnotes[0]?.text).toBe(
      'As per Article 22.B of the Resolution on the Modalities for the Global Compact on Migration (GCM) process.',
    )
    // The ordinal <sup>th</sup> inside footnote 3 is text, not a footnote citation.
    expect(report.footnotes[2]?.text).toContain('in its 140th session')
  })

  it('records each footnote citation right after the cited word', () => {
    const citedWord = (number: number): string => {
      const p = paragraph(number)
      const ref = p.footnoteRefs[0]
      if (!ref) throw new Error(`paragraph ${number} has no footnote ref`)
      return p.text.slice(0, ref.offset).split(/\s/).at(-1) ?? ''
    }
    expect(paragraph(1).footnoteRefs).toEqual([{ footnote: 1, offset: expect.any(Number) }])
    expect(citedWord(1)).toBe('(GCM)')
    expect(citedWord(3)).toBe('consultations')
    expect(citedWord(16)).toBe('services')
    expect(paragraph(2).footnoteRefs).toEqual([])
  })

  it('joins paragraph 9 across its page break with a single space', () => {
    const text = paragraph(9).text
    expect(text).toContain('on the lives of the millions of people. She acknowledged the remarkable job')
    expect(text).not.toContain('\n')
    expect(text.endsWith('strengthening the multilateral approaches to migration.')).toBe(true)
  })

  it('joins paragraph 20 across its page break with a single space', () => {
    const text = paragraph(20).text
    expect(text).toContain("the GFMD has deepened the international community's reflections")
    expect(text.endsWith('into the GCM process.')).toBe(true)
    expect(paragraph(21).text.startsWith('Ms. Michelle Leighton ILO reported')).toBe(true)
  })

  it('keeps the 13 list items of paragraph 16 and lifts footnote 3 out of the list', () => {
    const [lead, ...items] = paragraph(16).text.split('\n')
    expect(lead).toMatch(/^On the substantive front, .* as mentioned by the intervening governments:$/)
    expect(items).toHaveLength(13)
    expect(items.every((item) => item.startsWith('- '))).toBe(true)
    expect(items[0]).toBe('- Address the drivers and root causes of migration.')
    expect(items[10]).toBe(
      "- Provide safe access to essential services by States, including housing, education, health services, etc. irrespective of migrant's legal status and without the fear of facing arrest;",
    )
    expect(items[11]?.startsWith('- Protect from persecution, violence')).toBe(true)
    expect(items[12]).toBe('- Adopt and integrate a balanced and positive narrative about migrants and migration.')
    expect(paragraph(16).text).not.toContain('WHO')
    expect(paragraph(16).text).not.toContain('health of migrants has not been included')
  })

  it('keeps lettered list items with their letter', () => {
    const lines = paragraph(7).text.split('\n')
    expect(lines.slice(1)).toEqual([
      '- a) The summary outcome of the Dialogue;',
      '- b) The outcome of the six government roundtables;',
      '- c) The consensus outcome from the GFMD ad hoc Working Group on 2030 Agenda and GCM, the report of which may be formally submitted to the stocktaking conference.',
    ])
  })

  it('removes all markup and keeps the labels of empty links', () => {
    for (const p of report.paragraphs) {
      expect(p.text).not.toMatch(/\*|<\/?sup>|\]\(|\[|#/)
      expect(p.text).not.toMatch(/ {2}| \n|\s$/)
    }
    expect(paragraph(7).text).toContain('In his remarks, Amb. Ahsan underscored')
    expect(paragraph(7).text).toContain('as stipulated in the Sutherland report.')
    expect(paragraph(12).text.startsWith('In his statement, IOM Director-General')).toBe(true)
    expect(paragraph(23).text.startsWith('In his concluding remarks, Mr. Ahmed Skim')).toBe(true)
    expect(paragraph(5).text).toContain('Co-Chair Ambassador Götz Schmidt-Bremme explained')
    expect(paragraph(17).text).toContain('experiences (substance) on the interlinkages')
  })

  it('keeps the report’s own punctuation and spelling', () => {
    expect(paragraph(11).text).toContain('a unique “make or break” opportunity')
    expect(paragraph(11).text).toContain('4-6 November in Guadalajara')
    expect(paragraph(3).text).toContain('Under-Secretary-General Hu Wongbo of UNDESA')
    expect(paragraph(9).text).toContain('the new SRSR Mrs. Louise Arbour')
  })
})

describe('parseReport on malformed reports', () => {
  const minimal = [
    '## **A Dialogue**',
    '',
    '**6 April 2017 09:30 – 17:30**',
    '**Geneva**',
    '',
    '### **Summary Report**',
    '',
    '#### **Introduction**',
    '',
    '1. First paragraph<sup>1</sup>.',
    '2. Second paragraph.',
    '',
    '<sup>1</sup> A footnote.',
  ]

  it('parses a minimal well-formed report', () => {
    const parsed = parseReport(minimal.join('\n'))
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(['First paragraph.', 'Second paragraph.'])
    expect(parsed.footnotes).toEqual([{ number: 1, text: 'A footnote.', paragraph: 1 }])
    expect(parsed.paragraphs[0]?.footnoteRefs).toEqual([{ footnote: 1, offset: 15 }])
  })

  it('throws ReportFormatError when there are no numbered paragraphs', () => {
    expect(() => parseReport('# Title\n\nJust some text.')).toThrow(ReportFormatError)
    expect(() => parseReport('# Title\n\nJust some text.')).toThrow(/no numbered paragraphs/)
  })

  it('throws naming the missing paragraph when numbering skips', () => {
    const skipping = minimal.map((line) => line.replace(/^2\./, '3.'))
    expect(() => parseReport(skipping.join('\n'))).toThrow(/Expected paragraph 2 but found paragraph 3/)
  })

  it('throws when the date line is missing', () => {
    const undated = minimal.filter((line) => !line.includes('2017'))
    expect(() => parseReport(undated.join('\n'))).toThrow(/no date line/)
  })

  it('throws when no section heading precedes paragraph 1', () => {
    const sectionless = minimal.filter((line) => !line.includes('Introduction'))
    expect(() => parseReport(sectionless.join('\n'))).toThrow(/no section heading/)
  })

  it('throws when a footnote is cited but not defined', () => {
    const uncited = minimal.filter((line) => !line.startsWith('<sup>1</sup>'))
    expect(() => parseReport(uncited.join('\n'))).toThrow(/cites footnote 1, which is not defined/)
  })
})
