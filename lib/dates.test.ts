import { describe, expect, it } from 'vitest'

import { formatIsoDates } from './dates'

describe('the report’s own dates', () => {
  it('writes a day or a span of days out', () => {
    expect(formatIsoDates('2017-04-06')).toBe('6 April 2017')
    // en-GB sets thin spaces around the dash of a range.
    expect(formatIsoDates('2017-05-08/2017-05-09')).toBe('8\u2009–\u20099 May 2017')
  })
})
