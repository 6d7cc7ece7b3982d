/**
 * Everything the catalogue page shows for one address: the filters it holds,
 * the items they match, and their choices; for a signed-in viewer, how many of
 * other delegations' shares they may read on each item.
 */
import 'server-only'

import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import { hasFilters, type SearchParams } from '@/lib/search-params'

import { catalogueFiltersQuery, parseCatalogueFilters, withoutFilter, type CatalogueFilterKey } from './catalogue-filters'
import { describeFilters, describeNoMatch, describeResultCount } from './describe-filters'
import { findItems, getCatalogueFacets } from './queries'
import { countSharesByItem, type ShareCount } from '@/lib/workspace/share-counts'

export type ActiveFilter = { key: CatalogueFilterKey; label: string; removeHref: string }

export async function getCataloguePage(db: Db, viewer: Viewer | null, searchParams: SearchParams) {
  const filters = parseCatalogueFilters(searchParams)
  const [items, facets, shareCounts] = await Promise.all([
    findItems(db, filters),
    getCatalogueFacets(db, filters),
    // Signed out, no delegation's share is readable, so there is nothing to count.
    viewer ? countSharesByItem(db, viewer) : null,
  ])
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
    /** By item code; null for anonymous visitors, who see no counts. */
    shareCounts: shareCounts ? (Object.fromEntries(shareCounts) as Record<string, ShareCount>) : null,
    facets,
    resultCount: describeResultCount(items.length, facets.total, isFiltered),
    activeFilters,
    noMatch: describeNoMatch(filters, facets),
    // The item page reads this back to offer a way back to the same results.
    itemQuery: query ? `?from=${encodeURIComponent(query.slice(1))}` : '',
  }
}
