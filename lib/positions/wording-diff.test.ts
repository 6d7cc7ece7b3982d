import { describe, expect, it } from 'vitest'

import { diffWording } from './wording-diff'

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
