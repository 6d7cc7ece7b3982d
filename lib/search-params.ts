import { withoutUnstorable } from '@/lib/validation/text'

/** A page's search parameters, as Next.js hands them over or as a URL holds them. */
export type SearchParams = Record<string, string | string[] | undefined>

/** Filters read from an address keep only the values they understood: any left means the view is filtered. */
export function hasFilters(filters: object): boolean {
  return Object.keys(filters).length > 0
}

/**
 * The first value of a search parameter, less any character Postgres cannot
 * store (a NUL in a hand-edited link); an empty one counts as missing.
 */
export function firstParam(params: SearchParams | URLSearchParams, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key]
  const single = Array.isArray(value) ? value[0] : value
  const storable = single === undefined ? undefined : withoutUnstorable(single)
  return storable === '' ? undefined : storable
}
