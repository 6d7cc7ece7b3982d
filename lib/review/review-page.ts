/** Everything the review queue page shows for one address: the queue as filtered, and the choices of its filters. */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import { hasFilters, type SearchParams } from '@/lib/search-params'

import { getReviewQueue, parseReviewQueueFilters } from './review-queue'

export async function getReviewPage(db: Db, viewer: Viewer, searchParams: SearchParams) {
  authorize(viewer, 'review.read')
  const filters = parseReviewQueueFilters(searchParams)
  const [queue, delegations, clusters, items] = await Promise.all([
    getReviewQueue(db, viewer, filters),
    // Delegations that take part, never the secretariat itself.
    db.delegation.findMany({
      where: { kind: { not: 'secretariat' } },
      select: { code: true, name: true, regionalGroup: true },
      orderBy: { name: 'asc' },
    }),
    db.cluster.findMany({ select: { number: true, title: true }, orderBy: { number: 'asc' } }),
    db.item.findMany({ where: { retiredAt: null }, select: { code: true, title: true }, orderBy: { position: 'asc' } }),
  ])
  const narrowing = { ...filters }
  delete narrowing.page
  return {
    filters,
    queue,
    isFiltered: hasFilters(narrowing),
    options: {
      delegations,
      groups: [...new Set(delegations.flatMap(({ regionalGroup }) => (regionalGroup ? [regionalGroup] : [])))].sort(),
      clusters,
      items,
    },
    /** The address of another page of the same view. */
    pageHref: (target: number) => {
      const params = new URLSearchParams(
        Object.entries({ ...narrowing, ...(target > 1 ? { page: target } : {}) }).map(([key, value]) => [key, String(value)]),
      )
      const query = params.toString()
      return query ? `/review?${query}` : '/review'
    },
  }
}

export type ReviewPage = Awaited<ReturnType<typeof getReviewPage>>
