import { describe, expect, it } from 'vitest'

import { isStorableText } from '@/lib/validation/text'

import { xssPayloads } from './xss-corpus'

describe('the XSS corpus', () => {
  it('is text a form accepts, so the tests reach the renderers with it, not the validation', () => {
    expect(xssPayloads.filter(({ text }) => !isStorableText(text)).map(({ name }) => name)).toEqual([])
  })

  it('names each payload once', () => {
    expect(new Set(xssPayloads.map(({ name }) => name)).size).toBe(xssPayloads.length)
  })
})
