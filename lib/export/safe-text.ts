/**
 * Text the renderers can write as it is. Word and Excel files are XML, and
 * XML 1.0 forbids some characters that Postgres stores and a form lets
 * through (U+FFFE, U+FFFF; old rows may hold a control character or a lone
 * surrogate). docx and exceljs write them unescaped, and Word and Excel then
 * refuse the whole file: one delegate's stray character would break the
 * delegation's submission, and a submitted version's stored file for good.
 * Those renderers read their model through `xmlSafeText`, which writes U+FFFD
 * in their place. The PDF has glyphs, not characters: invisible format
 * characters (bidi overrides and isolates, zero-width spaces) have no glyph
 * in its font and would print as boxes, so `pdfSafeText` leaves them out
 * (pdfkit does no bidi reordering, so an override would not reorder anyway).
 */

// Everything outside XML 1.0's Char production.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
const NOT_XML_CHARS = new RegExp(NOT_XML_CHAR.source, 'gu')
const FORMAT_CHARS = /\p{Cf}/gu

export function xmlSafeText(text: string): string {
  return NOT_XML_CHAR.test(text) ? text.replace(NOT_XML_CHARS, '\uFFFD') : text
}

export function pdfSafeText(text: string): string {
  return xmlSafeText(text).replace(FORMAT_CHARS, '')
}

/** The same model with `safe` applied to every string in it; the model itself where no string changed. */
export function withSafeText<Value>(value: Value, safe: (text: string) => string): Value {
  if (typeof value === 'string') return safe(value) as Value
  if (Array.isArray(value)) {
    const mapped = value.map((entry) => withSafeText(entry, safe))
    return (mapped.some((entry, index) => entry !== value[index]) ? mapped : value) as Value
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value).map(([key, entry]) => [key, withSafeText(entry, safe)] as const)
    const changed = entries.some(([key, entry]) => entry !== (value as Record<string, unknown>)[key])
    return (changed ? Object.fromEntries(entries) : value) as Value
  }
  return value
}
