/**
 * Implementation: how the shared implementation statuses spread over the
 * states, per cluster and per 2018 GCM objective (through the catalogue's
 * crosswalk, ItemObjective). An item in two clusters or objectives counts in
 * each. Pure, over the counted statuses.
 */
import type { ImplementationState } from '@/lib/generated/prisma/enums'
import { implementationStates } from '@/lib/statuses/status-schemas'

import type { DashboardItem } from './coverage'

export type StateDistribution = {
  key: string
  label: string
  title: string
  /** Statuses per state, in the order of `implementationStates`. */
  counts: number[]
  total: number
}

export type Implementation = {
  states: readonly ImplementationState[]
  clusters: StateDistribution[]
  objectives: StateDistribution[]
}

export function buildImplementation(
  reference: { items: DashboardItem[]; clusters: { number: number; title: string }[]; objectives: { number: number; title: string }[] },
  statuses: { itemId: string; state: ImplementationState }[],
): Implementation {
  const itemsById = new Map(reference.items.map((item) => [item.id, item]))
  const distribution = (groups: { number: number; title: string }[], label: string, of: (item: DashboardItem) => number[]) => {
    const rows = groups.map((group) => ({
      key: String(group.number),
      label: `${label} ${group.number}`,
      title: group.title,
      counts: implementationStates.map(() => 0),
      total: 0,
    }))
    const rowOf = new Map(groups.map((group, index) => [group.number, rows[index]]))
    for (const status of statuses) {
      const item = itemsById.get(status.itemId)
      if (!item) continue
      const state = implementationStates.indexOf(status.state)
      for (const number of of(item)) {
        const row = rowOf.get(number)
        if (!row) continue
        row.counts[state] = (row.counts[state] ?? 0) + 1
        row.total += 1
      }
    }
    return rows
  }
  return {
    states: implementationStates,
    clusters: distribution(reference.clusters, 'Cluster', (item) => item.clusters),
    objectives: distribution(reference.objectives, 'Objective', (item) => item.objectives),
  }
}
