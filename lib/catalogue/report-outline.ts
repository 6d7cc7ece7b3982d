/**
 * The report as its reader shows it: sections with shareable anchors and their
 * paragraph ranges, and editorial notes numbered so paragraphs can point to them.
 */
import 'server-only'

import type { Db } from '@/lib/db'
import { formatIsoDates } from '@/lib/dates'

import { getReport, type ReportView } from './queries'

type ReportParagraph = ReportView['sections'][number]['paragraphs'][number]
type EditorialNote = ReportView['editorialNotes'][number]

export type NumberedEditorialNote = EditorialNote & { number: number }
export type OutlinedParagraph = ReportParagraph & { notes: NumberedEditorialNote[] }
export type OutlinedSection = {
  /** The anchor of the section ("opening-plenary"). */
  id: string
  title: string
  /** "1–4", or "9" for a section of one paragraph. */
  paragraphRange: string
  paragraphs: OutlinedParagraph[]
}

export type ReportOutline = Omit<ReportView, 'sections' | 'editorialNotes'> & {
  /** "6 April 2017". */
  dateLabel: string
  sections: OutlinedSection[]
  editorialNotes: NumberedEditorialNote[]
}

/** "Opening plenary" → "opening-plenary". */
function slugify(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section'
  )
}

function paragraphRange(paragraphs: ReportParagraph[]): string {
  const first = paragraphs[0]?.number
  const last = paragraphs.at(-1)?.number
  if (first === undefined || last === undefined) return ''
  return first === last ? `${first}` : `${first}–${last}`
}

export function outlineReport(report: ReportView): ReportOutline {
  const editorialNotes = report.editorialNotes.map((note, index) => ({ ...note, number: index + 1 }))
  const used = new Set<string>()
  const sections = report.sections.map((section, index) => {
    const slug = slugify(section.title)
    // Two sections of the same title still get an anchor each.
    const id = used.has(slug) ? `${slug}-${index + 1}` : slug
    used.add(id)
    const paragraphs = section.paragraphs.map((paragraph) => ({
      ...paragraph,
      notes: editorialNotes.filter((note) => note.paragraphs.includes(paragraph.number)),
    }))
    return { id, title: section.title, paragraphRange: paragraphRange(section.paragraphs), paragraphs }
  })
  return { ...report, dateLabel: formatIsoDates(report.date), sections, editorialNotes }
}

/** The imported report, outlined; null before any import. */
export async function getReportOutline(db: Db): Promise<ReportOutline | null> {
  const report = await getReport(db)
  return report ? outlineReport(report) : null
}
