/**
 * The dashboards, for every signed-in person: coverage, convergence,
 * implementation and the stocktaking deadline. Positions and statuses are read
 * once each, as the visibility rule lets this viewer read them
 * (./counted-shares.ts); the catalogue and the delegations are reference data.
 * The page and the API answer the same DTO.
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import { isSecretariat, ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'

import { listCountedPositions, listCountedStatuses, listSilentDelegations } from './counted-shares'
import { buildConvergence, type Convergence } from './convergence'
import { countdownTo, type Countdown } from './countdown'
import { buildCoverageMatrix, type CoverageMatrix, type CoverageView, type DashboardItem } from './coverage'
import { buildImplementation, type Implementation } from './implementation'
import { getStocktakingDate } from './stocktaking'

/** Whose shares the figures count, in words the page states. */
export type DashboardAudience = 'secretariat' | 'delegation' | 'all-participants'

export type Deadline = {
  date: Date | null
  countdown: Countdown | null
  /** For the secretariat and administrators: delegations with nothing counted. */
  silentDelegations: { code: string; name: string }[] | null
  /** For someone acting for a delegation: whether it has shared a position or status. */
  ownDelegation: { name: string; hasShared: boolean } | null
}

export type Dashboards = {
  audience: DashboardAudience
  coverage: CoverageMatrix
  convergence: Convergence
  implementation: Implementation
  deadline: Deadline
}

export async function getDashboards(db: Db, viewer: Viewer, view: CoverageView, now = new Date()): Promise<Dashboards> {
  authorize(viewer)
  const ownId = ownDelegationId(viewer)
  const [items, clusters, objectives, delegations, positions, statuses, silent, stocktakingDate] = await Promise.all([
    listDashboardItems(db),
    db.cluster.findMany({ orderBy: { number: 'asc' }, select: { number: true, title: true } }),
    db.objective.findMany({ orderBy: { number: 'asc' }, select: { number: true, title: true } }),
    db.delegation.findMany({
      where: { kind: { not: 'secretariat' } },
      select: { id: true, code: true, name: true, kind: true, regionalGroup: true },
      orderBy: { name: 'asc' },
    }),
    listCountedPositions(db, viewer),
    listCountedStatuses(db, viewer),
    listSilentDelegations(db, viewer, ownId),
    getStocktakingDate(db),
  ])

  return {
    audience: ownId ? 'delegation' : isSecretariat(viewer.role) ? 'secretariat' : 'all-participants',
    coverage: buildCoverageMatrix(view, { items, clusters, delegations }, positions),
    convergence: buildConvergence(items, positions),
    implementation: buildImplementation({ items, clusters, objectives }, statuses),
    deadline: {
      date: stocktakingDate,
      countdown: stocktakingDate ? countdownTo(stocktakingDate, now) : null,
      silentDelegations: ownId ? null : silent.map(({ code, name }) => ({ code, name })),
      ownDelegation: ownId && viewer.delegation ? { name: viewer.delegation.name, hasShared: silent.length === 0 } : null,
    },
  }
}

/** The current items in the report's order, with their clusters and objectives: public catalogue data. */
async function listDashboardItems(db: Db): Promise<DashboardItem[]> {
  const items = await db.item.findMany({
    where: { retiredAt: null },
    orderBy: { position: 'asc' },
    select: {
      id: true,
      code: true,
      title: true,
      clusters: { select: { clusterNumber: true }, orderBy: { clusterNumber: 'asc' } },
      objectives: { select: { objectiveNumber: true }, orderBy: { objectiveNumber: 'asc' } },
    },
  })
  return items.map(({ clusters, objectives, ...item }) => ({
    ...item,
    clusters: clusters.map(({ clusterNumber }) => clusterNumber),
    objectives: objectives.map(({ objectiveNumber }) => objectiveNumber),
  }))
}
