/** The implementation status form's schema: what a person may write, and what it is stored as. */
import { describe, expect, it } from 'vitest'

import { statusDraftSchema } from './status-schemas'

describe('the implementation status form schema', () => {
  const valid = { itemCode: 'R-19.01', state: 'planned', evidence: 'x', links: '', asOf: '', baseVersion: '' }

  it('reads one link per line, turns CRLF into LF, and a blank date into null', () => {
    const parsed = statusDraftSchema.parse({
      ...valid,
      evidence: 'line one\r\nline two',
      links: ' https://example.org/a \r\n\r\nhttp://example.org/b\n',
      asOf: '2017-12-04',
    })
    expect(parsed).toMatchObject({
      evidence: 'line one\nline two',
      links: ['https://example.org/a', 'http://example.org/b'],
      asOf: '2017-12-04',
      baseVersion: null,
    })
    expect(statusDraftSchema.parse(valid).asOf).toBeNull()
  })

  it.each([
    ['a javascript: link', { links: 'javascript:alert(1)' }],
    ['a data: link', { links: 'data:text/html,<script>alert(1)</script>' }],
    ['a link without a scheme', { links: 'example.org' }],
    ['a link over 2000 characters', { links: `https://example.org/${'a'.repeat(2000)}` }],
    ['21 links', { links: Array.from({ length: 21 }, (_, index) => `https://example.org/${index}`).join('\n') }],
    ['evidence over 5000 characters', { evidence: 'a'.repeat(5001) }],
    ['a day that does not exist', { asOf: '2017-02-30' }],
    ['a date in another format', { asOf: '04/12/2017' }],
    ['a date more than a year ahead', { asOf: `${new Date().getUTCFullYear() + 2}-01-01` }],
    ['an unknown state', { state: 'done' }],
  ])('refuses %s', (_label, change) => {
    expect(statusDraftSchema.safeParse({ ...valid, ...change }).success).toBe(false)
  })
})
