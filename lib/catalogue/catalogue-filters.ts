/**
 * The catalogue's filters, read from a URL's search parameters so that every
 * view can be shared as a link. Unknown or malformed values are dropped rather
 * than failing the page: a hand-edited link still shows something sensible.
 */
import { z } from 'zod'

import { itemKinds, type ItemKind } from './catalogue-data'

export type CatalogueFilters = {
  q?: string
  cluster?: number
  kind?: ItemKind
  actor?: string
  paragraph?: number
}

const filtersSchema = z.object({
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
  cluster: z.coerce.number().int().min(1).max(6).optional().catch(undefined),
  kind: z.enum(itemKinds).optional().catch(undefined),
  actor: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  paragraph: z.coerce.number().int().min(1).max(999).optional().catch(undefined),
})

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams

function first(params: SearchParams, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key]
  const single = Array.isArray(value) ? value[0] : value
  return single === '' ? undefined : single
}

export function parseCatalogueFilters(params: SearchParams): CatalogueFilters {
  const parsed = filtersSchema.parse({
    q: first(params, 'q'),
    cluster: first(params, 'cluster'),
    kind: first(params, 'kind'),
    actor: first(params, 'actor'),
    paragraph: first(params, 'paragraph'),
  })
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as CatalogueFilters
}

/** The query string for a set of filters ("" when there are none), in a stable order. */
export function catalogueFiltersQuery(filters: CatalogueFilters): string {
  const params = new URLSearchParams()
  for (const key of ['q', 'cluster', 'kind', 'actor', 'paragraph'] as const) {
    const value = filters[key]
    if (value !== undefined) params.set(key, String(value))
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

export function hasFilters(filters: CatalogueFilters): boolean {
  return Object.keys(filters).length > 0
}

/**
 * The catalogue view a reader came from (`?from=cluster=6&q=…` on an item
 * page), re-read through the filter parser so only a clean catalogue address
 * comes out.
 */
export function catalogueReturnQuery(searchParams: Record<string, string | string[] | undefined>): string {
  const from = [searchParams.from].flat()[0]
  return from ? catalogueFiltersQuery(parseCatalogueFilters(new URLSearchParams(from))) : ''
}
