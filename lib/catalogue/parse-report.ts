/**
 * Parses a GFMD summary report (markdown) into its numbered paragraphs and footnotes.
 *
 * Pure and database-free: the importer stores what this returns verbatim, so every
 * catalogue item can be shown in its context and cited as "para 16".
 *
 * Markdown conventions relied on (those of the GFMD summary reports):
 * - the first heading is the title, the second the subtitle ("Summary Report"), every
 *   later heading a section ("Introduction", "Opening plenary", ...)
 * - the lines before the first paragraph that are not headings carry the date and
 *   time ("6 April 2017 09:30 – 17:30") and the place
 * - paragraphs are numbered "N. " at the start of a line; list items are "- " lines
 * - footnotes are cited as `<sup>N</sup>` and defined on a line starting `<sup>N</sup>`
 * - page breaks (`---`, blank lines, footnote blocks) may fall inside a paragraph or
 *   inside its list: the text after them continues that paragraph.
 */

export type ReportFootnote = { number: number; text: string; paragraph: number }
/** `offset` is the position in the paragraph text right after the cited word. */
export type FootnoteRef = { footnote: number; offset: number }
export type ReportParagraph = {
  number: number
  section: string
  text: string
  footnoteRefs: FootnoteRef[]
}
/** `position` is the section's order in the report, starting at 1. */
export type ReportSection = { title: string; position: number }
export type ParsedReport = {
  title: string
  subtitle: string
  date: string
  time: string
  place: string
  sections: ReportSection[]
  paragraphs: ReportParagraph[]
  footnotes: ReportFootnote[]
}

export class ReportFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReportFormatError'
  }
}

type ReportLine =
  | { kind: 'heading'; text: string }
  | { kind: 'rule' }
  | { kind: 'blank' }
  | { kind: 'footnote'; number: number; text: string }
  | { kind: 'paragraph'; number: number; text: string }
  | { kind: 'list-item'; text: string }
  | { kind: 'text'; text: string }

/** A paragraph as read from the markdown, before its inline markup is removed. */
type ParagraphDraft = { number: number; section: string; lead: string; listItems: string[] }
type FootnoteDraft = { number: number; text: string }

const HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/
const FOOTNOTE_DEFINITION = /^<sup>(\d+)<\/sup>\s*(.*)$/
const NUMBERED_PARAGRAPH = /^(\d+)\.\s+(.*)$/
const LIST_ITEM = /^\s*[-*+]\s+(.*)$/

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DATE_LINE = new RegExp(`^(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\b\\s*(.*)$`)

// Footnote citations are swapped for private-use sentinels while the other markup is
// removed, so their offsets can be measured in the final plain text.
const MARKER_START = '\uE000'
const MARKER_END = '\uE001'
const FOOTNOTE_CITATION = /<sup>(\d+)<\/sup>/g
const MARKER = new RegExp(`${MARKER_START}(\\d+)${MARKER_END}`, 'g')

export function parseReport(markdown: string): ParsedReport {
  const lines = markdown
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map(classifyLine)
  const firstParagraphIndex = lines.findIndex((line) => line.kind === 'paragraph')
  if (firstParagraphIndex === -1) {
    throw new ReportFormatError('Report has no numbered paragraphs (lines starting "1. ", "2. ", ...)')
  }

  const front = readFrontMatter(lines.slice(0, firstParagraphIndex))
  const body = readBody(lines)

  const paragraphs = body.paragraphs.map(toReportParagraph)
  const footnotes = linkFootnotes(body.footnotes, paragraphs)
  return {
    title: front.title,
    subtitle: front.subtitle,
    date: front.date,
    time: front.time,
    place: front.place,
    sections: body.sections,
    paragraphs,
    footnotes,
  }
}

function classifyLine(line: string): ReportLine {
  if (line.trim() === '') return { kind: 'blank' }
  if (RULE.test(line)) return { kind: 'rule' }
  const heading = HEADING.exec(line)
  if (heading) return { kind: 'heading', text: heading[1] ?? '' }
  const footnote = FOOTNOTE_DEFINITION.exec(line)
  if (footnote) return { kind: 'footnote', number: Number(footnote[1]), text: footnote[2] ?? '' }
  const paragraph = NUMBERED_PARAGRAPH.exec(line)
  if (paragraph) return { kind: 'paragraph', number: Number(paragraph[1]), text: paragraph[2] ?? '' }
  const listItem = LIST_ITEM.exec(line)
  if (listItem) return { kind: 'list-item', text: listItem[1] ?? '' }
  return { kind: 'text', text: line }
}

type FrontMatter = {
  title: string
  subtitle: string
  date: string
  time: string
  place: string
}

function readFrontMatter(lines: ReportLine[]): FrontMatter {
  const headings = lines.flatMap((line) => (line.kind === 'heading' ? [toPlainText(line.text)] : []))
  const texts = lines.flatMap((line) => (line.kind === 'text' ? [toPlainText(line.text)] : []))
  const [title, subtitle] = headings
  if (!title) throw new ReportFormatError('Report has no title heading before paragraph 1')
  if (!subtitle) throw new ReportFormatError('Report has no subtitle heading (e.g. "Summary Report") after the title')
  if (headings.length < 3) {
    throw new ReportFormatError('Report has no section heading (e.g. "Introduction") between the subtitle and paragraph 1')
  }

  const dateLine = texts.map((text) => DATE_LINE.exec(text)).find((match) => match !== null)
  if (!dateLine) {
    throw new ReportFormatError('Report has no date line (e.g. "6 April 2017 09:30 – 17:30") before paragraph 1')
  }
  const place = texts.find((text) => !DATE_LINE.test(text))
  if (!place) throw new ReportFormatError('Report has no place line (e.g. "Palais des Nations, Geneva") before paragraph 1')

  return {
    title,
    subtitle,
    date: toIsoDate(dateLine),
    time: (dateLine[4] ?? '').trim(),
    place,
  }
}

function toIsoDate(match: RegExpExecArray): string {
  const day = (match[1] ?? '').padStart(2, '0')
  const month = String(MONTHS.indexOf(match[2] ?? '') + 1).padStart(2, '0')
  return `${match[3]}-${month}-${day}`
}

type ReportBody = { sections: ReportSection[]; paragraphs: ParagraphDraft[]; footnotes: FootnoteDraft[] }

/** Walks the lines in order, keeping the paragraph open across page breaks and footnote blocks. */
function readBody(lines: ReportLine[]): ReportBody {
  const sections: ReportSection[] = []
  const paragraphs: ParagraphDraft[] = []
  const footnotes: FootnoteDraft[] = []
  let headingsSeen = 0
  let current: ParagraphDraft | undefined
  let openFootnote: FootnoteDraft | undefined

  for (const line of lines) {
    switch (line.kind) {
      case 'heading':
        headingsSeen += 1
        // The first two headings are the title and subtitle; every later one opens a section.
        if (headingsSeen > 2) sections.push({ title: toPlainText(line.text), position: sections.length + 1 })
        current = undefined
        openFootnote = undefined
        break
      case 'blank':
      case 'rule':
        openFootnote = undefined
        break
      case 'footnote':
        openFootnote = { number: line.number, text: line.text }
        footnotes.push(openFootnote)
        break
      case 'paragraph': {
        const section = sections.at(-1)
        if (!section) throw new ReportFormatError(`Paragraph ${line.number} comes before any section heading`)
        const expected = paragraphs.length + 1
        if (line.number !== expected) {
          throw new ReportFormatError(`Expected paragraph ${expected} but found paragraph ${line.number}`)
        }
        current = { number: line.number, section: section.title, lead: line.text, listItems: [] }
        paragraphs.push(current)
        openFootnote = undefined
        break
      }
      case 'list-item':
        if (paragraphs.length === 0) break // front matter
        if (!current) throw new ReportFormatError(`List item "${line.text}" is not inside a numbered paragraph`)
        current.listItems.push(line.text)
        openFootnote = undefined
        break
      case 'text':
        if (openFootnote) {
          // A footnote definition wrapped onto the next line.
          openFootnote.text = `${openFootnote.text} ${line.text}`
        } else if (paragraphs.length === 0) {
          // Front matter (date, place), already read by readFrontMatter.
        } else if (!current) {
          throw new ReportFormatError(`Text "${line.text.slice(0, 40)}" after a heading is not in a numbered paragraph`)
        } else {
          continueParagraph(current, line.text)
        }
        break
    }
  }
  return { sections, paragraphs, footnotes }
}

/** Text after a page break continues the paragraph's last part: its lead or its last list item. */
function continueParagraph(paragraph: ParagraphDraft, text: string): void {
  const lastItem = paragraph.listItems.length - 1
  if (lastItem >= 0) {
    paragraph.listItems[lastItem] = `${paragraph.listItems[lastItem]} ${text}`
  } else {
    paragraph.lead = `${paragraph.lead} ${text}`
  }
}

function toReportParagraph(draft: ParagraphDraft): ReportParagraph {
  const lead = toPlainText(draft.lead, { keepFootnoteMarkers: true })
  const items = draft.listItems.map((item) => `- ${toPlainText(item, { keepFootnoteMarkers: true })}`)
  const { text, footnoteRefs } = extractFootnoteRefs([lead, ...items].join('\n'))
  return { number: draft.number, section: draft.section, text, footnoteRefs }
}

/** Removes inline markdown/HTML markup, collapses runs of spaces and trims. */
function toPlainText(markdown: string, options: { keepFootnoteMarkers?: boolean } = {}): string {
  const withMarkers = markdown.replace(FOOTNOTE_CITATION, (_match, number: string) =>
    options.keepFootnoteMarkers ? `${MARKER_START}${number}${MARKER_END}` : '',
  )
  return withMarkers
    .replace(/<sup>(.*?)<\/sup>/g, '$1') // ordinals such as 140<sup>th</sup>
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // empty links `[In his remarks](#)` keep their label
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/\*([^*\s](?:[^*]*[^*\s])?)\*/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

/** Replaces the footnote sentinels by nothing, recording where each citation was. */
function extractFootnoteRefs(textWithMarkers: string): { text: string; footnoteRefs: FootnoteRef[] } {
  let text = ''
  let consumed = 0
  const footnoteRefs: FootnoteRef[] = []
  for (const marker of textWithMarkers.matchAll(MARKER)) {
    text += textWithMarkers.slice(consumed, marker.index)
    consumed = marker.index + marker[0].length
    const next = textWithMarkers.charAt(consumed)
    // A marker set off by spaces ("word <sup>3</sup> next") must not leave a double space.
    if (text.endsWith(' ') && (next === ' ' || next === '\n' || next === '')) text = text.trimEnd()
    footnoteRefs.push({ footnote: Number(marker[1]), offset: text.trimEnd().length })
  }
  text += textWithMarkers.slice(consumed)
  return { text: text.replace(/ +\n/g, '\n').trimEnd(), footnoteRefs }
}

/** Checks footnotes are numbered 1..N and each is cited; records the first citing paragraph. */
function linkFootnotes(drafts: FootnoteDraft[], paragraphs: ReportParagraph[]): ReportFootnote[] {
  const footnotes = drafts.map((draft, index): ReportFootnote => {
    if (draft.number !== index + 1) {
      throw new ReportFormatError(`Expected footnote ${index + 1} but found footnote ${draft.number}`)
    }
    const citing = paragraphs.find((paragraph) => paragraph.footnoteRefs.some((ref) => ref.footnote === draft.number))
    if (!citing) throw new ReportFormatError(`Footnote ${draft.number} is never cited in a paragraph`)
    return { number: draft.number, text: toPlainText(draft.text), paragraph: citing.number }
  })
  for (const paragraph of paragraphs) {
    for (const ref of paragraph.footnoteRefs) {
      if (!drafts.some((draft) => draft.number === ref.footnote)) {
        throw new ReportFormatError(`Paragraph ${paragraph.number} cites footnote ${ref.footnote}, which is not defined`)
      }
    }
  }
  return footnotes
}
