/**
 * A delegation's proposed wording as a word-level difference against the
 * item's text, so a reader sees at once what the delegation would change.
 */
import { diffWords, diffWordsWithSpace } from 'diff'

export type WordingChange = { text: string; change: 'same' | 'added' | 'removed' }

export function diffWording(itemText: string, proposedWording: string): WordingChange[] {
  return diffWords(itemText, proposedWording).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }))
}

/** One change a wording makes to the item's text: the characters `start`–`end` of the item's text replaced by `text`. */
export type WordingEdit = { start: number; end: number; text: string }

/**
 * The same comparison as edits located in the item's text, for computing
 * across several wordings (the compilation text). Whitespace counts as words
 * here, so the unchanged stretches are the item's own characters and the
 * offsets stay exact; a removal and the addition beside it are one edit.
 */
export function diffWordingEdits(itemText: string, proposedWording: string): WordingEdit[] {
  const edits: WordingEdit[] = []
  let offset = 0
  let open: WordingEdit | null = null
  for (const part of diffWordsWithSpace(itemText, proposedWording)) {
    if (!part.added && !part.removed) {
      if (open) edits.push(open)
      open = null
      offset += part.value.length
      continue
    }
    open ??= { start: offset, end: offset, text: '' }
    if (part.removed) {
      offset += part.value.length
      open.end = offset
    } else {
      open.text += part.value
    }
  }
  if (open) edits.push(open)
  return edits
}
