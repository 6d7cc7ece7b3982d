import { describe, expect, it } from 'vitest'

import { outlineReport } from './report-outline'
import type { ReportView } from './queries'

const paragraph = (number: number) => ({ number, text: `Paragraph ${number}.`, footnoteRefs: [], items: [] })

const report: ReportView = {
  title: 'GFMD Dialogue on the GCM',
  subtitle: 'Summary Report',
  date: '2017-04-06',
  time: '09:30 – 17:30',
  place: 'Geneva',
  checksum: 'abc',
  sections: [
    { title: 'Introduction', paragraphs: [paragraph(1), paragraph(2), paragraph(3)] },
    { title: 'Opening plenary', paragraphs: [paragraph(4)] },
    { title: 'Opening plenary', paragraphs: [paragraph(5)] },
    { title: 'Día ¿?', paragraphs: [] },
  ],
  footnotes: [],
  editorialNotes: [
    { key: 'date', note: 'A date.', paragraphs: [2] },
    { key: 'name', note: 'A name.', paragraphs: [2, 4] },
  ],
}

describe('the report outline', () => {
  const outline = outlineReport(report)

  it('gives each section an anchor of its own and its paragraph range', () => {
    expect(outline.sections.map((section) => [section.id, section.paragraphRange])).toEqual([
      ['introduction', '1–3'],
      ['opening-plenary', '4'],
      ['opening-plenary-3', '5'],
      ['dia', ''],
    ])
  })

  it('numbers the editorial notes and lists them on the paragraphs they are about', () => {
    expect(outline.editorialNotes.map((note) => note.number)).toEqual([1, 2])
    const notesOn = (number: number) =>
      outline.sections.flatMap((section) => section.paragraphs).find((candidate) => candidate.number === number)?.notes
    expect(notesOn(2)?.map((note) => [note.key, note.number])).toEqual([
      ['date', 1],
      ['name', 2],
    ])
    expect(notesOn(4)?.map((note) => note.number)).toEqual([2])
    expect(notesOn(1)).toEqual([])
  })

  it('writes the date out', () => {
    expect(outline.dateLabel).toBe('6 April 2017')
  })
})
