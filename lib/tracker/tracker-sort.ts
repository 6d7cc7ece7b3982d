/**
 * The tracker's order, read from the URL (`?sort=position&dir=desc`) so that a
 * sorted view is a link. Every column sorts; without a sort the rows keep the
 * report's order. Rows with nothing in the sorted column (no position, never
 * edited) go last either way, and ties keep the report's order.
 */
import { z } from 'zod'

import { stances } from '@/lib/positions/position-schemas'
import { implementationStates } from '@/lib/statuses/status-schemas'
import { firstParam, type SearchParams } from '@/lib/search-params'
import { visibilityOrder } from '@/lib/visibility/comments'

import type { TrackerRow, TrackerShare } from './delegation-tracker'
import type { TrackerFilters } from './tracker-filters'

/** The columns, in the table's order; `item` is the report's order. */
export const trackerSortKeys = ['item', 'position', 'position-share', 'status', 'status-share', 'edited', 'comments', 'shares'] as const
export type TrackerSortKey = (typeof trackerSortKeys)[number]
export type SortDirection = 'asc' | 'desc'
export type TrackerSort = { key: TrackerSortKey; dir: SortDirection }

export const defaultTrackerSort: TrackerSort = { key: 'item', dir: 'asc' }

// Dates and counts are read newest or largest first; words and stages from the start of their list.
const firstDirection: Record<TrackerSortKey, SortDirection> = {
  item: 'asc',
  position: 'asc',
  'position-share': 'asc',
  status: 'asc',
  'status-share': 'asc',
  edited: 'desc',
  comments: 'desc',
  shares: 'desc',
}

const sortSchema = z.object({
  key: z.enum(trackerSortKeys).catch(defaultTrackerSort.key),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
})

export function parseTrackerSort(params: SearchParams): TrackerSort {
  const { key, dir } = sortSchema.parse({ key: firstParam(params, 'sort') ?? defaultTrackerSort.key, dir: firstParam(params, 'dir') })
  return { key, dir: dir ?? firstDirection[key] }
}

/** A share's reach as a rank: never shared, then from the delegation outwards. */
function shareRank(share: TrackerShare | null): number {
  return share ? visibilityOrder.indexOf(share.visibility) + 1 : 0
}

/** What a row holds in a column, as something to compare; null when it holds nothing. */
const sortValue: Record<TrackerSortKey, (row: TrackerRow) => number | string | null> = {
  item: () => 0,
  position: (row) => (row.position ? stances.indexOf(row.position.stance) : null),
  'position-share': (row) => (row.position ? shareRank(row.position.share) : null),
  status: (row) => (row.status ? implementationStates.indexOf(row.status.state) : null),
  'status-share': (row) => (row.status ? shareRank(row.status.share) : null),
  // ISO timestamps compare as text in time order.
  edited: (row) => row.lastEdited?.at ?? null,
  comments: (row) => row.comments,
  shares: (row) => row.shares.positions + row.shares.statuses,
}

/** The rows in the order asked for; `rows` come in the report's order. */
export function sortTrackerRows(rows: TrackerRow[], sort: TrackerSort): TrackerRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1
  const value = sortValue[sort.key]
  const indexed = rows.map((row, index) => ({ row, index, value: value(row) }))
  indexed.sort((a, b) => {
    if (sort.key === 'item') return sign * (a.index - b.index)
    if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1
    if (a.value !== b.value) return sign * (a.value < b.value ? -1 : 1)
    return a.index - b.index
  })
  return indexed.map(({ row }) => row)
}

export type SortLink = {
  key: TrackerSortKey
  /** The column's order now, for aria-sort; null when it is not the sorted column. */
  current: SortDirection | null
  /** The way the link sorts: the other way round when the column already is sorted. */
  dir: SortDirection
  /** The same view sorted by this column, that way. */
  href: string
}

/** A link per column that keeps the filters and sorts by that column. */
export function trackerSortLinks(filters: TrackerFilters, sort: TrackerSort): SortLink[] {
  return trackerSortKeys.map((key) => {
    const current = sort.key === key ? sort.dir : null
    const dir = current ? (current === 'asc' ? 'desc' : 'asc') : firstDirection[key]
    const params = new URLSearchParams(Object.entries(filters).map(([name, value]) => [name, String(value)]))
    // The default order is the address without a sort, as it always was.
    if (key !== defaultTrackerSort.key || dir !== defaultTrackerSort.dir) {
      params.set('sort', key)
      params.set('dir', dir)
    }
    const query = params.toString()
    return { key, current, dir, href: `/delegation${query ? `?${query}` : ''}` }
  })
}
