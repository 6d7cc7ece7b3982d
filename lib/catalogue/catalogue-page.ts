/** Everything the catalogue page shows for one address: the filters it holds, the items they match, and their choices. */
import 'server-only'

import type { Db } from '@/lib/db'
import { hasFilters, type SearchParams } from '@/lib/search-params'

import { catalogueFiltersQuery, parseCatalogueFilters, withoutFilter, type CatalogueFilterKey } from './catalogue-filters'
import { describeFilters, describeNoMatch, describeResultCount } from './describe-filters'
import { findItems, getCatalogueFacets } from './queries'

export type ActiveFilter = { key: CatalogueFilterKey; label: string; removeHref: string }

export async function getCataloguePage(db: Db, searchParams: SearchParams) {
  const filters = parseCatalogueFilters(searchParams)
  const [items, facets] = await Promise.all([findItems(db, filters), getCatalogueFacets(db, filters)])
  const isFiltered = hasFilters(filters)
  const query = catalogueFiltersQuery(filters)
  const activeFilters: ActiveFilter[] = describeFilters(filters, facets).map((filter) => ({
    ...filter,
    removeHref: `/catalogue${catalogueFiltersQuery(withoutFilter(filters, filter.key))}`,
  }))
  return {
    filters,
    isFiltered,
    items,
    facets,
    resultCount: describeResultCount(items.length, facets.total, isFiltered),
    activeFilters,
    noMatch: describeNoMatch(filters, facets),
    // The item page reads this back to offer a way back to the same results.
    itemQuery: query ? `?from=${encodeURIComponent(query.slice(1))}` : '',
  }
}
