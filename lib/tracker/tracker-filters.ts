/**
 * The tracker's filters, read from the URL so that a filtered view is a link.
 * The catalogue's own filters (search, cluster, kind) are parsed as the
 * catalogue parses them; malformed values are dropped, never an error page.
 */
import { z } from 'zod'

import { parseCatalogueFilters, type CatalogueFilters } from '@/lib/catalogue/catalogue-filters'
import { ImplementationState } from '@/lib/generated/prisma/enums'
import { firstParam, type SearchParams } from '@/lib/search-params'

/** Where an item's position stands: none, a draft nobody outside sees, shared, or shared and since edited. */
export const positionProgress = ['none', 'draft', 'shared', 'changed'] as const
export type PositionProgress = (typeof positionProgress)[number]

export const positionProgressLabels: Record<PositionProgress, string> = {
  none: 'No position',
  draft: 'Draft not shared',
  shared: 'Shared',
  changed: 'Changed since shared',
}

export type TrackerFilters = Pick<CatalogueFilters, 'q' | 'cluster' | 'kind'> & {
  position?: PositionProgress
  /** 'none' for items without a status, else the status's state. */
  status?: 'none' | ImplementationState
}

const trackerOnlySchema = z.object({
  position: z.enum(positionProgress).optional().catch(undefined),
  status: z
    .union([z.literal('none'), z.enum(ImplementationState)])
    .optional()
    .catch(undefined),
})

export function parseTrackerFilters(params: SearchParams): TrackerFilters {
  const { q, cluster, kind } = parseCatalogueFilters(params)
  const own = trackerOnlySchema.parse({ position: firstParam(params, 'position'), status: firstParam(params, 'status') })
  const filters: TrackerFilters = { q, cluster, kind, ...own }
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as TrackerFilters
}
