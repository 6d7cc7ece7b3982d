import { describe, expect, it } from 'vitest'

import { compileText } from './compilation-text'
import type { ProposedWording } from './wording-groups'

const itemText = 'Save lives and respect the human dignity of all migrants.'

function proposal(name: string, wording: string): ProposedWording {
  return { delegation: { code: name.slice(0, 3).toUpperCase(), name, kind: 'member_state' }, stance: 'support_with_amendments', wording }
}

describe('compileText', () => {
  it('is the item text, kept whole, without proposals', () => {
    const compilation = compileText(itemText, [])
    expect(compilation.segments).toEqual([{ kind: 'kept', text: itemText }])
    expect(compilation.plainText).toBe(itemText)
  })

  it('brackets the item text and one proposal where it changes the text', () => {
    const compilation = compileText(itemText, [proposal('Mexico', 'Save lives and protect the human dignity of all migrants.')])
    expect(compilation.plainText).toBe('Save lives and [respect (item text) / protect (Mexico)] the human dignity of all migrants.')
    expect(compilation.segments).toEqual([
      { kind: 'kept', text: 'Save lives and ' },
      {
        kind: 'alternatives',
        alternatives: [
          { text: 'respect', isItemText: true, delegations: [] },
          { text: 'protect', isItemText: false, delegations: [{ code: 'MEX', name: 'Mexico' }] },
        ],
      },
      { kind: 'kept', text: ' the human dignity of all migrants.' },
    ])
  })

  it('attributes one alternative to two proposals that agree, also when they differ in case or punctuation', () => {
    const compilation = compileText(itemText, [
      proposal('Mexico', 'Save lives and protect the human dignity of all migrants.'),
      proposal('France', 'save lives, and protect the human dignity of all migrants'),
    ])
    expect(compilation.plainText).toBe('Save lives and [respect (item text) / protect (France, Mexico)] the human dignity of all migrants.')
  })

  it('gives two proposals that conflict on the same words one bracket with both, and the item text to those who keep it', () => {
    const compilation = compileText(itemText, [
      proposal('Mexico', 'Save lives and protect the human dignity of all migrants.'),
      proposal('France', 'Save lives and uphold the human dignity of all migrants.'),
      proposal('Germany', 'Save lives and respect the human dignity of every migrant.'),
    ])
    expect(compilation.plainText).toBe(
      'Save lives and [respect (item text, Germany) / uphold (France) / protect (Mexico)] the human dignity of [all migrants. (item text, France, Mexico) / every migrant. (Germany)]',
    )
  })

  it('merges proposals whose changes overlap into one bracket', () => {
    const compilation = compileText(itemText, [
      // Mexico changes "human dignity", France "the human": both change "human".
      proposal('Mexico', 'Save lives and respect the rights of all migrants.'),
      proposal('France', 'Save lives and respect each person’s dignity of all migrants.'),
    ])
    const brackets = compilation.segments.filter((segment) => segment.kind === 'alternatives')
    expect(brackets).toHaveLength(1)
    expect(compilation.plainText).toBe(
      'Save lives and respect [the human dignity (item text) / each person’s dignity (France) / the rights (Mexico)] of all migrants.',
    )
  })

  it('shows a deletion as one, also of the whole text', () => {
    expect(compileText(itemText, [proposal('Mexico', 'Save lives and respect the dignity of all migrants.')]).plainText).toBe(
      'Save lives and respect the [human (item text) / (delete) (Mexico)] dignity of all migrants.',
    )
    expect(compileText('Protect migrants.', [proposal('Mexico', '.')]).plainText).toBe(
      '[Protect migrants. (item text) / (delete) (Mexico)]',
    )
  })

  it('shows an addition at the end with the last word of the text', () => {
    expect(compileText(itemText, [proposal('Mexico', `${itemText} Leave no one behind.`)]).plainText).toBe(
      'Save lives and respect the human dignity of all [migrants. (item text) / migrants. Leave no one behind. (Mexico)]',
    )
    expect(
      compileText(itemText, [proposal('France', 'Save lives and respect the human dignity of all migrants and their families.')]).plainText,
    ).toBe('Save lives and respect the human dignity of all [migrants. (item text) / migrants and their families. (France)]')
  })

  it('keeps the item text where a proposal changes only case, whitespace or punctuation', () => {
    const compilation = compileText(itemText, [proposal('Mexico', 'save lives, and respect the human  dignity of all migrants')])
    expect(compilation.segments).toEqual([{ kind: 'kept', text: itemText }])
  })
})
