import { describe, expect, it } from 'vitest'

import { commentExcerpt } from './comment-excerpt'

describe('commentExcerpt', () => {
  it('reads Markdown as plain text, blocks apart by a space', () => {
    expect(
      commentExcerpt(
        '# Our view\n\nWe **support** the _second_ [option](https://example.org).\n\n- one\n- two\n\n> quoted `code`\n\n![chart](x.png)',
      ),
    ).toBe('Our view We support the second option. one two quoted code chart')
  })

  it('keeps a short comment whole, and what looks like HTML as text', () => {
    expect(commentExcerpt('Fine by us <b>today</b>')).toBe('Fine by us <b>today</b>')
    expect(commentExcerpt('line one  \nline two')).toBe('line one line two')
  })

  it('cuts a long comment on a word boundary with an ellipsis, within the length', () => {
    const body = `${'word '.repeat(40)}end`
    const excerpt = commentExcerpt(body)
    expect(excerpt.length).toBeLessThanOrEqual(160)
    expect(excerpt).toMatch(/^(word )+word…$/)
    expect(commentExcerpt('The delegation supports this element, with amendments to the second sentence.', 40)).toBe(
      // The comma before the cut goes too.
      'The delegation supports this element…',
    )
  })

  it('cuts inside a word only when one word fills the space', () => {
    const excerpt = commentExcerpt(`See ${'x'.repeat(300)}`, 20)
    expect(excerpt).toBe(`See ${'x'.repeat(15)}…`)
    expect(excerpt.length).toBe(20)
  })
})
