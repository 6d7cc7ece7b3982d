import { describe, expect, it } from 'vitest'

import { parseMentions } from './mentions'

describe('parseMentions', () => {
  it('finds @ followed by a full address, lower-cased, each once', () => {
    expect(parseMentions('Hi @Anna.Focal@Example.org and @bob@test.gfmd, also @anna.focal@example.org.')).toEqual([
      'anna.focal@example.org',
      'bob@test.gfmd',
    ])
  })

  it('ignores plain addresses, bare handles and addresses inside words', () => {
    expect(parseMentions('Write to anna@example.org or ping @anna, x@bob@example.org')).toEqual([])
  })

  it('finds mentions at the start of a line, in brackets and after punctuation', () => {
    expect(parseMentions('@a@x.org\n(@b@x.org) — “@c@x.org”')).toEqual(['a@x.org', 'b@x.org', 'c@x.org'])
  })
})
