/**
 * Splits a stored paragraph text into what the page renders: lead lines as text blocks,
 * runs of "- " lines as lists, each line cut into plain and highlighted pieces with the
 * footnote citations in place.
 *
 * Pure, so the rendering component stays a thin map over the blocks and the offsets
 * arithmetic is unit-tested.
 */
import type { TextRange } from './locate-quote'
import type { FootnoteRef } from './parse-report'

export type TextSegment = { text: string; highlighted: boolean }
export type FootnoteSegment = { footnote: number }
export type Segment = TextSegment | FootnoteSegment

export type ParagraphBlock = { kind: 'text'; segments: Segment[] } | { kind: 'list'; items: Segment[][] }

export type SegmentParagraphOptions = {
  /** Offsets into `text`, as returned by locateQuote; may span several list items. */
  highlight?: TextRange | null
  footnoteRefs?: FootnoteRef[]
}

const LIST_MARKER = '- '

/** One line of the text; `start`..`end` is its content, after any list marker. */
type Line = { isListItem: boolean; start: number; end: number }

export function isFootnoteSegment(segment: Segment): segment is FootnoteSegment {
  return 'footnote' in segment
}

export function segmentParagraph(text: string, options: SegmentParagraphOptions = {}): ParagraphBlock[] {
  const lines = splitLines(text)
  const footnotesByLine = assignFootnotes(lines, options.footnoteRefs ?? [])
  const highlight = options.highlight && options.highlight.start < options.highlight.end ? options.highlight : null

  const blocks: ParagraphBlock[] = []
  lines.forEach((line, index) => {
    const segments = segmentLine(text, line, highlight, footnotesByLine[index] ?? [])
    // An empty lead (a paragraph opening straight into its list) renders nothing.
    if (segments.length === 0) return
    const previous = blocks.at(-1)
    if (!line.isListItem) blocks.push({ kind: 'text', segments })
    else if (previous?.kind === 'list') previous.items.push(segments)
    else blocks.push({ kind: 'list', items: [segments] })
  })
  return blocks
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const content of text.split('\n')) {
    const end = start + content.length
    const isListItem = content.startsWith(LIST_MARKER)
    lines.push({ isListItem, start: isListItem ? start + LIST_MARKER.length : start, end })
    start = end + 1
  }
  return lines
}

/**
 * A citation belongs to the line whose content it follows. An offset that falls on a
 * line break or list marker (which no parsed citation does) goes to the end of the line
 * before, and one past the end of the text to the last line.
 */
function assignFootnotes(lines: Line[], footnoteRefs: FootnoteRef[]): FootnoteRef[][] {
  const byLine: FootnoteRef[][] = lines.map(() => [])
  // Stable sort: two citations after the same word keep their order.
  const sorted = [...footnoteRefs].sort((a, b) => a.offset - b.offset)
  for (const ref of sorted) {
    const found = lines.findIndex((line) => ref.offset <= line.end)
    const index = found === -1 ? lines.length - 1 : found
    const line = lines[index]
    if (!line) continue
    byLine[index]?.push({ footnote: ref.footnote, offset: Math.min(Math.max(ref.offset, line.start), line.end) })
  }
  return byLine
}

function segmentLine(text: string, line: Line, highlight: TextRange | null, footnotes: FootnoteRef[]): Segment[] {
  // Cut the line where the highlight starts and ends and where each footnote sits.
  const cuts = new Set<number>([line.start, line.end, ...footnotes.map((ref) => ref.offset)])
  if (highlight) {
    for (const edge of [highlight.start, highlight.end]) if (edge > line.start && edge < line.end) cuts.add(edge)
  }
  const points = [...cuts].sort((a, b) => a - b)

  const segments: Segment[] = []
  points.forEach((point, index) => {
    for (const ref of footnotes) if (ref.offset === point) segments.push({ footnote: ref.footnote })
    const next = points[index + 1]
    if (next === undefined || next === point) return
    const highlighted = highlight !== null && point >= highlight.start && next <= highlight.end
    pushText(segments, { text: text.slice(point, next), highlighted })
  })
  return segments
}

/** Adds a text piece, merging it into the previous one when they look the same. */
function pushText(segments: Segment[], piece: TextSegment): void {
  if (piece.text === '') return
  const previous = segments.at(-1)
  if (previous && !isFootnoteSegment(previous) && previous.highlighted === piece.highlighted) {
    previous.text += piece.text
  } else {
    segments.push(piece)
  }
}
