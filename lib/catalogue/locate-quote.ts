/**
 * Finds where a catalogue item's quote sits in its paragraph, so the quoted words can be
 * highlighted in the paragraph shown as context.
 *
 * Quotes are checked against the report with `normaliseQuoteText` (typographic quotes and
 * dashes folded, whitespace collapsed), so they may differ from the paragraph text in
 * exactly those ways; a quote running from one list item into the next also leaves out
 * the "- " marker the paragraph text has at the start of each item's line. Matching
 * therefore happens on a folded copy of the text that remembers, for each of its
 * characters, the stretch of the original text it stands for.
 */
import { normaliseQuoteText } from './validate-catalogue'

export type TextRange = { start: number; end: number }

/** A folded copy of a text; folded character i stands for original[starts[i], ends[i]). */
type FoldedText = { text: string; starts: number[]; ends: number[] }

// A base character with its combining marks, so NFC folding never splits what it composes.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/uy
const WHITESPACE = /^\s/
const LIST_MARKER = '- '

/**
 * Returns the offsets in `paragraphText` of the first whole-word occurrence of `quote`,
 * or null when the paragraph does not contain it. A quote spanning list items covers the
 * line break and "- " marker between them.
 */
export function locateQuote(paragraphText: string, quote: string): TextRange | null {
  const needle = normaliseQuoteText(quote)
  if (needle === '') return null
  // The quote should leave out list markers; one quoting them (" - ", as a plain
  // normaliseQuoteText comparison of the paragraph also accepts) is still found.
  return (
    findInFolded(foldText(paragraphText, { foldListMarkers: true }), needle) ??
    findInFolded(foldText(paragraphText, { foldListMarkers: false }), needle)
  )
}

function findInFolded(folded: FoldedText, needle: string): TextRange | null {
  for (let at = folded.text.indexOf(needle); at !== -1; at = folded.text.indexOf(needle, at + 1)) {
    const end = at + needle.length
    // Like the catalogue validator, a match inside a longer word ("migrant" in "migrants") does not count.
    if (isWordCharacter(folded.text.charAt(at - 1)) || isWordCharacter(folded.text.charAt(end))) continue
    const start = folded.starts[at]
    const last = folded.ends[end - 1]
    if (start !== undefined && last !== undefined) return { start, end: last }
  }
  return null
}

function isWordCharacter(character: string): boolean {
  return /[\p{L}\p{N}]/u.test(character)
}

/**
 * Folds the text as `normaliseQuoteText` does, character cluster by cluster. Each run of
 * whitespace becomes one space standing for the whole run; with `foldListMarkers`, the
 * "- " opening a line joins the whitespace before it.
 */
function foldText(text: string, options: { foldListMarkers: boolean }): FoldedText {
  const folded: FoldedText = { text: '', starts: [], ends: [] }
  let whitespaceStart: number | null = null

  const push = (characters: string, start: number, end: number) => {
    for (const character of characters) {
      folded.text += character
      folded.starts.push(start)
      folded.ends.push(end)
    }
  }
  const closeWhitespace = (end: number) => {
    if (whitespaceStart === null) return
    push(' ', whitespaceStart, end)
    whitespaceStart = null
  }

  let position = 0
  while (position < text.length) {
    const atLineStart = position === 0 || text.charAt(position - 1) === '\n'
    if (options.foldListMarkers && atLineStart && text.startsWith(LIST_MARKER, position)) {
      whitespaceStart ??= position
      position += LIST_MARKER.length
      continue
    }
    CLUSTER.lastIndex = position
    const cluster = CLUSTER.exec(text)?.[0] ?? text.charAt(position)
    const end = position + cluster.length
    if (WHITESPACE.test(cluster)) {
      whitespaceStart ??= position
    } else {
      closeWhitespace(position)
      push(normaliseQuoteText(cluster), position, end)
    }
    position = end
  }
  closeWhitespace(text.length)
  return folded
}
