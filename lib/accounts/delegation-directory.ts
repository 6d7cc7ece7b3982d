/** The administrators' list of delegations, filtered by what the address holds. */
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import type { DelegationKind } from '@/lib/generated/prisma/enums'
import { plural } from '@/lib/plural'
import { firstParam, hasFilters, type SearchParams } from '@/lib/search-params'

import { delegationKindLabels, listDelegations, type DelegationSummary } from './delegations'

export type DelegationFilters = { q?: string; kind?: DelegationKind; regionalGroup?: string }

export const delegationKinds = Object.keys(delegationKindLabels) as DelegationKind[]

const kindPlurals: Record<DelegationKind, [string, string]> = {
  member_state: ['member state', 'member states'],
  observer: ['observer', 'observers'],
  secretariat: ['secretariat', 'secretariats'],
}

/** "190 member states, 12 observers, 1 secretariat". */
export function describeDelegationCounts(delegations: Pick<DelegationSummary, 'kind'>[]): string {
  return delegationKinds
    .map((kind) => plural(delegations.filter((delegation) => delegation.kind === kind).length, ...kindPlurals[kind]))
    .join(', ')
}

function trimmedParam(params: SearchParams, key: string): string | undefined {
  return firstParam(params, key)?.trim() || undefined
}

/** The address is the state; anything not understood is ignored rather than trusted. */
export function parseDelegationFilters(params: SearchParams, regionalGroups: string[]): DelegationFilters {
  const q = trimmedParam(params, 'q')?.slice(0, 100)
  const kind = trimmedParam(params, 'kind')
  const regionalGroup = trimmedParam(params, 'group')
  return {
    ...(q ? { q } : {}),
    ...(kind && (delegationKinds as string[]).includes(kind) ? { kind: kind as DelegationKind } : {}),
    ...(regionalGroup && regionalGroups.includes(regionalGroup) ? { regionalGroup } : {}),
  }
}

export async function getDelegationDirectory(db: Db, viewer: Viewer, searchParams: SearchParams) {
  const everyDelegation = await listDelegations(db, viewer)
  const regionalGroups = [
    ...new Set(everyDelegation.flatMap((delegation) => (delegation.regionalGroup ? [delegation.regionalGroup] : []))),
  ].sort()
  const filters = parseDelegationFilters(searchParams, regionalGroups)
  const isFiltered = hasFilters(filters)
  const delegations = isFiltered ? await listDelegations(db, viewer, filters) : everyDelegation
  return {
    filters,
    isFiltered,
    regionalGroups,
    delegations,
    /** "190 member states, 12 observers, 1 secretariat", over every delegation. */
    counts: describeDelegationCounts(everyDelegation),
    resultCount: isFiltered ? `${delegations.length} of ${everyDelegation.length}` : `${everyDelegation.length} delegations`,
  }
}
