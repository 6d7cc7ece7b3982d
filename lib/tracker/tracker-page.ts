/** Everything the tracker page shows for one address: the delegation's items as filtered and sorted, and its progress. */
import 'server-only'

import { can } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import { hasFilters, type SearchParams } from '@/lib/search-params'

import { getDelegationTracker } from './delegation-tracker'
import { parseTrackerFilters } from './tracker-filters'
import { parseTrackerSort, trackerSortLinks } from './tracker-sort'

export async function getTrackerPage(db: Db, viewer: Viewer, searchParams: SearchParams) {
  const filters = parseTrackerFilters(searchParams)
  const sort = parseTrackerSort(searchParams)
  const tracker = await getDelegationTracker(db, viewer, filters, sort)
  const isFiltered = hasFilters(filters)
  const shown = tracker.rows.length
  return {
    ...tracker,
    filters,
    sortLinks: trackerSortLinks(filters, sort),
    delegationName: viewer.delegation?.name ?? 'Your delegation',
    /** "12 of 75 items match", or "75 items". */
    resultHeading: isFiltered ? `${shown} of ${tracker.totalItems} items match` : `${shown} items`,
    // Delegates draft; focal points also share.
    canShare: can(viewer.role, 'draft.share'),
  }
}
