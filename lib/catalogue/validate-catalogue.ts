/**
 * Checks the curated catalogue against the parsed report: every item must quote its
 * cited paragraph(s) word for word, so that what delegations take positions on is
 * exactly what the report says.
 */
import type { CatalogueData, CatalogueItemData } from './catalogue-data'
import type { ParsedReport } from './parse-report'

export type CatalogueProblem = { code: string; paragraphs: number[]; message: string }

export class CatalogueValidationError extends Error {
  readonly problems: CatalogueProblem[]

  constructor(problems: CatalogueProblem[]) {
    super(
      `Catalogue does not match the report (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((problem) => `  - ${problem.message}`).join('\n'),
    )
    this.name = 'CatalogueValidationError'
    this.problems = problems
  }
}

const SINGLE_QUOTES = /[‘’‚‛′‹›]/g
const DOUBLE_QUOTES = /[“”„‟″«»]/g
const DASHES = /[‐‑‒–—―−]/g

/**
 * Makes a quote comparable with the report regardless of typographic quotes, dashes and
 * line breaks (list items sit on their own lines in the paragraph text).
 */
export function normaliseQuoteText(s: string): string {
  return s.normalize('NFC').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(/\s+/g, ' ').trim()
}

export function findCatalogueProblems(report: ParsedReport, data: CatalogueData): CatalogueProblem[] {
  return [
    ...findDocumentProblems(report, data),
    ...data.items.flatMap((item) => findItemProblems(report, item)),
    ...findEditorialNoteProblems(report, data),
    ...findActorProblems(report, data),
  ]
}

export function assertCatalogueMatchesReport(report: ParsedReport, data: CatalogueData): void {
  const problems = findCatalogueProblems(report, data)
  if (problems.length > 0) throw new CatalogueValidationError(problems)
}

function findDocumentProblems(report: ParsedReport, data: CatalogueData): CatalogueProblem[] {
  const expected = { title: report.title, date: report.date, place: report.place }
  return (Object.keys(expected) as (keyof typeof expected)[]).flatMap((field) =>
    normaliseQuoteText(data.document[field]) === normaliseQuoteText(expected[field])
      ? []
      : [
          {
            code: 'document',
            paragraphs: [],
            message: `Document: ${field} "${data.document[field]}" differs from the report's "${expected[field]}"`,
          },
        ],
  )
}

function findItemProblems(report: ParsedReport, item: CatalogueItemData): CatalogueProblem[] {
  const problem = (message: string): CatalogueProblem => ({
    code: item.code,
    paragraphs: item.paragraphs,
    message: `Item ${item.code}: ${message}`,
  })

  const missing = item.paragraphs.filter((number) => !report.paragraphs.some((p) => p.number === number))
  if (missing.length > 0) {
    return missing.map((number) => problem(`cited paragraph ${number} does not exist in the report`))
  }

  const problems: CatalogueProblem[] = []
  const markup = findMarkup(item.text)
  if (markup) problems.push(problem(`quoted text contains ${markup}; quote the plain text`))

  // Multi-paragraph quotes run on from one paragraph into the next.
  const citedText = item.paragraphs.map((number) => report.paragraphs.find((p) => p.number === number)?.text ?? '').join(' ')
  const quote = normaliseQuoteText(item.text)
  const haystack = normaliseQuoteText(citedText)
  if (!containsWholeWords(haystack, quote)) {
    const matched = longestMatchingPrefix(haystack, quote)
    const hint = matched.length > 0 ? ` (matches up to "${excerpt(matched, -40)}")` : ''
    problems.push(problem(`quoted text not found in ${describeParagraphs(item.paragraphs)}: "${excerpt(item.text, 80)}"${hint}`))
  }
  return problems
}

/** Markup the parser removes from paragraphs; a quote carrying it can never match. */
function findMarkup(text: string): string | undefined {
  if (/^\s*[-*+]\s/.test(text)) return 'a list marker ("- ")'
  if (/<\/?[a-z][^>]*>/i.test(text)) return 'HTML markup (e.g. <sup>)'
  if (/\*\*|\*\S[^*]*\*/.test(text)) return 'markdown emphasis (* or **)'
  if (/\]\([^)]*\)/.test(text)) return 'markdown link syntax'
  return undefined
}

/** The quote must start and end on word boundaries, so a truncated word does not pass. */
function containsWholeWords(haystack: string, quote: string): boolean {
  for (let at = haystack.indexOf(quote); at !== -1; at = haystack.indexOf(quote, at + 1)) {
    const before = haystack.charAt(at - 1)
    const after = haystack.charAt(at + quote.length)
    if (!isWordCharacter(before) && !isWordCharacter(after)) return true
  }
  return false
}

function isWordCharacter(character: string): boolean {
  return /[\p{L}\p{N}]/u.test(character)
}

function longestMatchingPrefix(haystack: string, quote: string): string {
  let low = 0
  let high = quote.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (haystack.includes(quote.slice(0, middle))) low = middle
    else high = middle - 1
  }
  return quote.slice(0, low)
}

/** Shortens text for a message: from the start (positive length) or the end (negative). */
function excerpt(text: string, length: number): string {
  const limit = Math.abs(length)
  if (text.length <= limit) return text
  return length > 0 ? `${text.slice(0, limit)}…` : `…${text.slice(text.length - limit)}`
}

function describeParagraphs(numbers: number[]): string {
  return numbers.length === 1 ? `paragraph ${numbers[0]}` : `paragraphs ${numbers.join(', ')}`
}

function findEditorialNoteProblems(report: ParsedReport, data: CatalogueData): CatalogueProblem[] {
  return data.editorialNotes.flatMap((note) =>
    note.paragraphs
      .filter((number) => !report.paragraphs.some((p) => p.number === number))
      .map((number) => ({
        code: `note:${note.key}`,
        paragraphs: note.paragraphs,
        message: `Editorial note ${note.key}: cited paragraph ${number} does not exist in the report`,
      })),
  )
}

/**
 * Aliases are the other spellings the report uses, so each must occur in it; a person's
 * name must occur too; and no spelling may point to two actors.
 */
function findActorProblems(report: ParsedReport, data: CatalogueData): CatalogueProblem[] {
  const reportText = normaliseQuoteText([...report.paragraphs.map((p) => p.text), ...report.footnotes.map((f) => f.text)].join(' '))
  const problems: CatalogueProblem[] = []
  const actorBySpelling = new Map<string, string>()

  for (const actor of data.actors) {
    const problem = (message: string): CatalogueProblem => ({
      code: `actor:${actor.key}`,
      paragraphs: [],
      message: `Actor ${actor.key}: ${message}`,
    })
    if (actor.kind === 'person' && !containsWholeWords(reportText, normaliseQuoteText(actor.name))) {
      problems.push(problem(`name "${actor.name}" does not occur in the report`))
    }
    for (const alias of actor.aliases) {
      if (normaliseQuoteText(alias) === normaliseQuoteText(actor.name)) {
        problems.push(problem(`alias "${alias}" repeats the name`))
      } else if (!containsWholeWords(reportText, normaliseQuoteText(alias))) {
        problems.push(problem(`alias "${alias}" does not occur in the report`))
      }
    }
    for (const spelling of new Set([actor.name, ...actor.aliases].map(normaliseQuoteText))) {
      const other = actorBySpelling.get(spelling)
      if (other !== undefined) problems.push(problem(`"${spelling}" is also a name or alias of actor ${other}`))
      else actorBySpelling.set(spelling, actor.key)
    }
  }
  return problems
}
