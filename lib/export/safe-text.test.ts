import { describe, expect, it } from 'vitest'

import { pdfSafeText, withSafeText, xmlSafeText } from './safe-text'

describe('text the renderers can write', () => {
  it('replaces what XML 1.0 forbids, and keeps the rest', () => {
    expect(xmlSafeText('a\uFFFEb\uFFFFc\u0000d\u0008e\uD800f')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf')
    const kept = 'tab\tline\ncr\r Côte d’Ivoire 🇲🇽 \u202Eevil\u202C </w:t> ]]>'
    expect(xmlSafeText(kept)).toBe(kept)
  })

  it('leaves out of a PDF the format characters it has no glyph for', () => {
    expect(pdfSafeText('harmless\u202Egpj.exe\u202C and \u2066isolated\u2069 \u200Bzero-width\uFFFF')).toBe(
      'harmlessgpj.exe and isolated zero-width\uFFFD',
    )
  })

  it('maps every string of a model, and returns the same object where nothing changed', () => {
    const clean = { title: 'A', rows: [{ a: 'b', n: 1, d: null }] }
    expect(withSafeText(clean, xmlSafeText)).toBe(clean)
    const dirty = { title: 'A', rows: [{ a: 'b\uFFFF', n: 1, d: null }], when: new Date(0) }
    expect(withSafeText(dirty, xmlSafeText)).toEqual({ title: 'A', rows: [{ a: 'b\uFFFD', n: 1, d: null }], when: new Date(0) })
    expect(dirty.rows[0]!.a).toBe('b\uFFFF')
  })
})
