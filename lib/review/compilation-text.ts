/**
 * The compilation text of an item: one consolidated draft in the form
 * negotiators use. The item's text is kept wherever no proposal changes it;
 * each place where proposals change it becomes a bracketed set of
 * alternatives, each attributed to the delegations that proposed it.
 *
 * How it is computed, from word diffs (lib/positions/wording-diff.ts):
 * - Each wording's edits are located in the item's text. An edit that changes
 *   only case, whitespace or punctuation is no edit (as in the wording
 *   matrix, ./wording-groups.ts).
 * - Each edit's place is widened to the whole words of the item's text it
 *   changes; an addition takes the word it is added to ("[migrants /
 *   migrants and their families]"), a deletion shows as "(delete)".
 *   Places that overlap, touch or stand next to each other (only whitespace
 *   between) merge into one bracket: "[all migrants / every migrant]".
 * - In each place, every wording gives an alternative: the item's words there
 *   with that wording's edits applied. The item's text is always one of the
 *   alternatives, attributed to "item text" and to the delegations whose
 *   wording keeps those words; it comes first. Alternatives that say the same
 *   (up to case, whitespace and punctuation) are one, written as the item's
 *   text or as the first delegation (by name) wrote it. A place where every
 *   wording ends up saying what the item says is kept as the item's text.
 */
import { diffWordingEdits, type WordingEdit } from '@/lib/positions/wording-diff'

import { byDelegationName, wordingKey, type ProposedWording, type WordingDelegation } from './wording-groups'

export type CompilationAlternative = {
  /** The words of this alternative; empty when it deletes the whole place. */
  text: string
  /** The item's own words. */
  isItemText: boolean
  delegations: Pick<WordingDelegation, 'code' | 'name'>[]
}

export type CompilationSegment = { kind: 'kept'; text: string } | { kind: 'alternatives'; alternatives: CompilationAlternative[] }

export type CompilationText = {
  segments: CompilationSegment[]
  /** The whole text with its brackets, `… [alternative A (item text, France) / alternative B (Mexico)] …`, for the exports. */
  plainText: string
}

/** How the item's own words are attributed, and how an empty alternative (a deletion) is written, in the plain text. */
const ITEM_TEXT_ATTRIBUTION = 'item text'
export const DELETED_TEXT = '(delete)'

type Place = { start: number; end: number }

const isSpace = (character: string | undefined) => character !== undefined && /\s/.test(character)

/** A stretch of text without the whitespace at its edges (unless it is nothing but whitespace). */
function withoutEdgeSpace(text: string, { start, end }: Place): Place {
  const words = text.slice(start, end)
  if (words.trim() === '') return { start, end }
  return { start: start + words.length - words.trimStart().length, end: end - (words.length - words.trimEnd().length) }
}

/**
 * Where an edit sits: the words of the item's text it changes, whole, or for
 * an addition the word it is added to. It covers the edit too (its whitespace
 * at the edges), so every edit lies inside one place.
 */
function placeOf(text: string, edit: WordingEdit): Place {
  const core = withoutEdgeSpace(text, edit)
  let start = core.start
  while (start > 0 && !isSpace(text[start - 1])) start--
  let end = core.end
  while (end < text.length && !isSpace(text[end])) end++
  return { start: Math.min(start, edit.start), end: Math.max(end, edit.end) }
}

/** The places, in order, with those that overlap, touch or stand next to each other (whitespace between) merged. */
function mergePlaces(text: string, places: Place[]): Place[] {
  const merged: Place[] = []
  for (const place of [...places].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1)
    if (last && /^\s*$/.test(text.slice(last.end, place.start))) last.end = Math.max(last.end, place.end)
    else merged.push({ ...place })
  }
  return merged
}

/** The item's words in a place, with a wording's edits inside it applied (every edit lies inside one place). */
function applyEdits(itemText: string, place: Place, edits: WordingEdit[]): string {
  let text = ''
  let offset = place.start
  for (const edit of edits.filter((edit) => edit.start >= place.start && edit.end <= place.end)) {
    text += itemText.slice(offset, edit.start) + edit.text
    offset = edit.end
  }
  const words = (text + itemText.slice(offset, place.end)).trim()
  // Punctuation left alone where the words are gone is a deletion.
  return wordingKey(words) === '' ? '' : words
}

function alternativesAt(itemText: string, place: Place, proposals: { delegation: WordingDelegation; edits: WordingEdit[] }[]) {
  const itemWords = itemText.slice(place.start, place.end).trim()
  const alternatives = new Map<string, CompilationAlternative>([
    [wordingKey(itemWords), { text: itemWords, isItemText: true, delegations: [] }],
  ])
  for (const { delegation, edits } of proposals) {
    const text = applyEdits(itemText, place, edits)
    const key = wordingKey(text)
    const alternative = alternatives.get(key) ?? { text, isItemText: false, delegations: [] }
    alternative.delegations.push({ code: delegation.code, name: delegation.name })
    alternatives.set(key, alternative)
  }
  // The item's text first; then the widest-backed, equally backed ones in the order met (by name).
  const [item, ...proposed] = alternatives.values()
  return [item!, ...proposed.sort((a, b) => b.delegations.length - a.delegations.length)]
}

export function compileText(itemText: string, wordings: readonly ProposedWording[]): CompilationText {
  const proposals = byDelegationName(wordings).map(({ delegation, wording }) => ({
    delegation,
    edits: diffWordingEdits(itemText, wording).filter((edit) => wordingKey(itemText.slice(edit.start, edit.end)) !== wordingKey(edit.text)),
  }))
  const places = mergePlaces(
    itemText,
    proposals.flatMap(({ edits }) => edits.map((edit) => placeOf(itemText, edit))),
  )

  const segments: CompilationSegment[] = []
  const keep = (text: string) => {
    if (text === '') return
    const last = segments.at(-1)
    if (last?.kind === 'kept') last.text += text
    else segments.push({ kind: 'kept', text })
  }
  let offset = 0
  for (const place of places) {
    const alternatives = alternativesAt(itemText, place, proposals)
    // One alternative: every wording says what the item says there, and the next kept stretch includes it.
    if (alternatives.length === 1) continue
    // The whitespace around the bracket stays outside it, in the kept text.
    const bracket = withoutEdgeSpace(itemText, place)
    keep(itemText.slice(offset, bracket.start))
    segments.push({ kind: 'alternatives', alternatives })
    offset = bracket.end
  }
  keep(itemText.slice(offset))
  return { segments, plainText: renderPlainText(segments) }
}

/** Who an alternative is attributed to: "item text, France, Germany". */
export function attribution(alternative: CompilationAlternative): string {
  return [...(alternative.isItemText ? [ITEM_TEXT_ATTRIBUTION] : []), ...alternative.delegations.map(({ name }) => name)].join(', ')
}

function renderPlainText(segments: CompilationSegment[]): string {
  return segments
    .map((segment) =>
      segment.kind === 'kept'
        ? segment.text
        : `[${segment.alternatives.map((alternative) => `${alternative.text || DELETED_TEXT} (${attribution(alternative)})`).join(' / ')}]`,
    )
    .join('')
}
