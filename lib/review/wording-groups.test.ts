import { describe, expect, it } from 'vitest'

import { groupWordings, wordingKey, type ProposedWording } from './wording-groups'

const itemText = 'Save lives and respect the human dignity of all migrants.'

function proposal(name: string, wording: string, stance: ProposedWording['stance'] = 'support_with_amendments'): ProposedWording {
  return { delegation: { code: name.slice(0, 3).toUpperCase(), name, kind: 'member_state' }, stance, wording }
}

const names = (group: { proposals: { delegation: { name: string } }[] }) => group.proposals.map(({ delegation }) => delegation.name)

describe('wordingKey', () => {
  it('ignores case, whitespace and punctuation, and nothing else', () => {
    expect(wordingKey('  Protect   the dignity,\nof ALL migrants! ')).toBe(wordingKey('protect the dignity of all migrants'))
    expect(wordingKey('well-being')).toBe(wordingKey('well being'))
    expect(wordingKey('protect the dignity of migrants')).not.toBe(wordingKey('protect the dignity of all migrants'))
  })
})

describe('groupWordings', () => {
  it('has no group without proposals', () => {
    expect(groupWordings(itemText, [])).toEqual([])
  })

  it('groups wordings that differ only in case, whitespace or punctuation, with each delegation and its stance', () => {
    const groups = groupWordings(itemText, [
      proposal('Mexico', 'Save lives and protect the dignity of all migrants.', 'support'),
      proposal('Germany', 'save lives, and protect  the dignity of all migrants', 'concerns'),
      proposal('France', 'Save lives and protect the dignity of all migrants!'),
      proposal('Chile', 'Save lives and protect the dignity of every migrant.', 'oppose'),
    ])
    expect(groups.map(names)).toEqual([['France', 'Germany', 'Mexico'], ['Chile']])
    // The group shows the wording as its first delegation wrote it.
    expect(groups[0]!.wording).toBe('Save lives and protect the dignity of all migrants!')
    expect(groups[0]!.proposals.map(({ stance }) => stance)).toEqual(['support_with_amendments', 'concerns', 'support'])
    expect(groups[1]!.proposals).toEqual([{ delegation: expect.objectContaining({ name: 'Chile' }), stance: 'oppose' }])
  })

  it('marks the group that says what the item says', () => {
    const groups = groupWordings(itemText, [
      proposal('Ghana', 'save lives and respect the human dignity of all migrants'),
      proposal('Peru', 'Save lives.'),
    ])
    expect(groups.map(({ isItemText }) => isItemText)).toEqual([true, false])
  })

  it('puts the widest-backed group first, equally backed groups in name order', () => {
    const groups = groupWordings(itemText, [
      proposal('Spain', 'B.'),
      proposal('Austria', 'A.'),
      proposal('Brazil', 'C.'),
      proposal('Canada', 'C.'),
    ])
    expect(groups.map(names)).toEqual([['Brazil', 'Canada'], ['Austria'], ['Spain']])
  })
})
