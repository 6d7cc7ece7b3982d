/**
 * A delegation's proposed wording as a word-level difference against the
 * item's text, so a reader sees at once what the delegation would change.
 */
import { diffWords } from 'diff'

export type WordingChange = { text: string; change: 'same' | 'added' | 'removed' }

export function diffWording(itemText: string, proposedWording: string): WordingChange[] {
  return diffWords(itemText, proposedWording).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }))
}
