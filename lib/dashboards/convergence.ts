/**
 * Convergence: for each item, how the delegations that shared a position
 * spread over the stances ("no position yet" is not a stance here), how
 * dispersed that is (./dispersion.ts), and the items with the broadest
 * support and the most contested ones. Pure, over the counted positions.
 */
import type { Stance } from '@/lib/generated/prisma/enums'
import { stances } from '@/lib/positions/position-schemas'

import type { DashboardItem } from './coverage'
import { normalisedEntropy } from './dispersion'

export type CountedStance = Exclude<Stance, 'no_position'>

/** The stances counted, from agreement to disagreement. */
export const countedStances = stances.filter((stance): stance is CountedStance => stance !== 'no_position')

const supportive: readonly CountedStance[] = ['support', 'support_with_amendments']

export type ItemConvergence = {
  code: string
  title: string
  /** Delegations per stance, in the order of `countedStances`. */
  counts: number[]
  positions: number
  /** Support and support with amendments. */
  supporting: number
  /** Normalised Shannon entropy of `counts`: 0 all agree, 1 evenly spread over every stance. */
  dispersion: number
}

export type Convergence = {
  stances: readonly CountedStance[]
  /** Items with at least one counted position, in the report's order. */
  items: ItemConvergence[]
  broadestSupport: ItemConvergence[]
  mostContested: ItemConvergence[]
}

const LIST_LENGTH = 5

export function buildConvergence(items: DashboardItem[], positions: { itemId: string; stance: CountedStance }[]): Convergence {
  const countsByItem = new Map<string, number[]>()
  for (const position of positions) {
    const counts = countsByItem.get(position.itemId) ?? countedStances.map(() => 0)
    const index = countedStances.indexOf(position.stance)
    counts[index] = (counts[index] ?? 0) + 1
    countsByItem.set(position.itemId, counts)
  }
  const rows = items.flatMap((item): ItemConvergence[] => {
    const counts = countsByItem.get(item.id)
    if (!counts) return []
    return [
      {
        code: item.code,
        title: item.title,
        counts,
        positions: counts.reduce((sum, count) => sum + count, 0),
        supporting: supportive.reduce((sum, stance) => sum + (counts[countedStances.indexOf(stance)] ?? 0), 0),
        dispersion: normalisedEntropy(counts),
      },
    ]
  })
  return {
    stances: countedStances,
    items: rows,
    // Most supporting delegations first; among equals, the share that supports, then the least dispersed.
    broadestSupport: rows
      .filter((row) => row.supporting > 0)
      .sort((a, b) => b.supporting - a.supporting || b.supporting / b.positions - a.supporting / a.positions || a.dispersion - b.dispersion)
      .slice(0, LIST_LENGTH),
    // Contested takes two delegations at least; the most dispersed first, then the most positions.
    mostContested: rows
      .filter((row) => row.positions >= 2 && row.dispersion > 0)
      .sort((a, b) => b.dispersion - a.dispersion || b.positions - a.positions)
      .slice(0, LIST_LENGTH),
  }
}
