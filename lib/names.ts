/**
 * How lists of names are ordered, here as in the database (whose name columns
 * use the ICU collation "und-x-icu", migration names_collate_by_language):
 * by language rules, so "São Tomé" sorts with "Saudi Arabia" and "Türkiye"
 * before "Turkmenistan", not after every plain letter as code points would.
 */
const collator = new Intl.Collator('en', { sensitivity: 'variant', numeric: true })

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b)
}
