import { describe, expect, it } from 'vitest'

import { diffWording, diffWordingEdits } from './wording-diff'

describe('diffWording', () => {
  it('marks the words removed from and added to the item text', () => {
    const changes = diffWording(
      'Save lives and respect the human dignity of all migrants.',
      'Save lives and protect the dignity of all migrants.',
    )
    expect(changes.filter((change) => change.change === 'removed').map((change) => change.text.trim())).toEqual(['respect', 'human'])
    expect(changes.filter((change) => change.change === 'added').map((change) => change.text.trim())).toEqual(['protect'])
    // Read in order, the unchanged and added words give the proposal back.
    expect(
      changes
        .filter((change) => change.change !== 'removed')
        .map((change) => change.text)
        .join(''),
    ).toBe('Save lives and protect the dignity of all migrants.')
  })

  it('is all "same" when nothing changed', () => {
    expect(diffWording('Open legal channels.', 'Open legal channels.')).toEqual([{ text: 'Open legal channels.', change: 'same' }])
  })
})

describe('diffWordingEdits', () => {
  const itemText = 'Save lives and respect the human dignity of all migrants.'
  const apply = (edits: { start: number; end: number; text: string }[]) =>
    edits.reduceRight((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), itemText)

  it('locates each change in the item text, a replacement as one edit', () => {
    const edits = diffWordingEdits(itemText, 'Save lives and protect the dignity of all migrants.')
    expect(edits).toEqual([
      { start: 15, end: 22, text: 'protect' },
      { start: 27, end: 33, text: '' },
    ])
    expect(itemText.slice(15, 22)).toBe('respect')
  })

  it('gives the wording back when applied to the item text, for additions at the end and at the start too', () => {
    for (const wording of [
      'Save lives and respect the human dignity of all migrants and their families.',
      'To save lives.',
      'Lives.',
      itemText,
    ]) {
      expect(apply(diffWordingEdits(itemText, wording))).toBe(wording)
    }
    expect(diffWordingEdits(itemText, itemText)).toEqual([])
  })
})
