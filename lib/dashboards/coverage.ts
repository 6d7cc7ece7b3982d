/**
 * The coverage matrix: which delegations shared a position on which items,
 * rows by item or by cluster, columns by UN regional group or, drilled down
 * into one group, by its delegations. Pure: it arranges the counted positions
 * (./counted-shares.ts) the dashboards read once.
 */
import type { DelegationKind } from '@/lib/generated/prisma/enums'
import { firstParam, type SearchParams } from '@/lib/search-params'

export type CoverageRows = 'item' | 'cluster'

/** The view, as the address holds it: `?rows=cluster&group=african-group`. */
export type CoverageView = { rows: CoverageRows; group: string | null }

export type DashboardItem = { id: string; code: string; title: string; clusters: number[]; objectives: number[] }
export type DashboardDelegation = { id: string; code: string; name: string; kind: DelegationKind; regionalGroup: string | null }

export type DelegationGroup = { slug: string; name: string; delegations: number }

export type CoverageColumn = { key: string; label: string; name: string; delegations: number; href: string | null }
export type CoverageRow = { key: string; label: string; title: string; cells: number[]; total: number }

export type CoverageMatrix = {
  view: CoverageView
  /** The group drilled into, or null for the groups side by side. */
  group: DelegationGroup | null
  groups: DelegationGroup[]
  columns: CoverageColumn[]
  rows: CoverageRow[]
  columnTotals: number[]
  total: number
  /** Item rows count delegations (one position each); cluster rows count positions on the cluster's items. */
  unit: 'delegations' | 'positions'
}

const OUTSIDE_GROUPS = { slug: 'no-regional-group', name: 'Member states outside the regional groups' }
const OBSERVERS = { slug: 'observers', name: 'Observers' }

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** A delegation's column when the groups sit side by side: its UN regional group, or the observers. */
export function groupOf(delegation: Pick<DashboardDelegation, 'kind' | 'regionalGroup'>): { slug: string; name: string } {
  if (delegation.kind === 'observer') return OBSERVERS
  return delegation.regionalGroup ? { slug: slugOf(delegation.regionalGroup), name: delegation.regionalGroup } : OUTSIDE_GROUPS
}

export function parseCoverageView(params: SearchParams): CoverageView {
  const rows = firstParam(params, 'rows') === 'cluster' ? 'cluster' : 'item'
  const group = firstParam(params, 'group')
  return { rows, group: group && /^[a-z0-9-]{1,80}$/.test(group) ? group : null }
}

/** The address of a view of the coverage matrix, on the dashboards page. */
export function coverageHref(view: CoverageView): string {
  const params = new URLSearchParams()
  if (view.rows === 'cluster') params.set('rows', 'cluster')
  if (view.group) params.set('group', view.group)
  const query = params.toString()
  return `/dashboards${query ? `?${query}` : ''}#coverage`
}

export function buildCoverageMatrix(
  view: CoverageView,
  reference: { items: DashboardItem[]; clusters: { number: number; title: string }[]; delegations: DashboardDelegation[] },
  positions: { itemId: string; delegationId: string }[],
): CoverageMatrix {
  const groupsBySlug = new Map<string, DelegationGroup>()
  for (const delegation of reference.delegations) {
    const { slug, name } = groupOf(delegation)
    const group = groupsBySlug.get(slug) ?? { slug, name, delegations: 0 }
    group.delegations += 1
    groupsBySlug.set(slug, group)
  }
  // The five regional groups by name, then the states outside them, then the observers.
  const groups = [...groupsBySlug.values()].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'en'))
  const group = view.group ? (groupsBySlug.get(view.group) ?? null) : null
  const effectiveView: CoverageView = { rows: view.rows, group: group?.slug ?? null }

  const columns: CoverageColumn[] = group
    ? reference.delegations
        .filter((delegation) => groupOf(delegation).slug === group.slug)
        .map((delegation) => ({ key: delegation.code, label: delegation.code, name: delegation.name, delegations: 1, href: null }))
    : groups.map((each) => ({
        key: each.slug,
        label: each.name,
        name: each.name,
        delegations: each.delegations,
        href: coverageHref({ rows: view.rows, group: each.slug }),
      }))
  const columnOfDelegation = new Map<string, number>()
  for (const delegation of reference.delegations) {
    const key = group ? delegation.code : groupOf(delegation).slug
    const index = columns.findIndex((column) => column.key === key)
    if (index >= 0) columnOfDelegation.set(delegation.id, index)
  }

  const rowKeysOfItem = new Map<string, string[]>()
  const rows: CoverageRow[] =
    view.rows === 'cluster'
      ? reference.clusters.map((cluster) => ({
          key: String(cluster.number),
          label: `Cluster ${cluster.number}`,
          title: cluster.title,
          cells: columns.map(() => 0),
          total: 0,
        }))
      : reference.items.map((item) => ({ key: item.code, label: item.code, title: item.title, cells: columns.map(() => 0), total: 0 }))
  for (const item of reference.items) rowKeysOfItem.set(item.id, view.rows === 'cluster' ? item.clusters.map(String) : [item.code])
  const rowIndex = new Map(rows.map((row, index) => [row.key, index]))

  const columnTotals = columns.map(() => 0)
  let total = 0
  for (const position of positions) {
    const column = columnOfDelegation.get(position.delegationId)
    if (column === undefined) continue
    // An item in two clusters counts in both rows, but once in the column and grand totals.
    for (const key of rowKeysOfItem.get(position.itemId) ?? []) {
      const row = rows[rowIndex.get(key) ?? -1]
      if (!row) continue
      row.cells[column] = (row.cells[column] ?? 0) + 1
      row.total += 1
    }
    if (rowKeysOfItem.has(position.itemId)) {
      columnTotals[column] = (columnTotals[column] ?? 0) + 1
      total += 1
    }
  }

  return {
    view: effectiveView,
    group,
    groups,
    columns,
    rows,
    columnTotals,
    total,
    unit: view.rows === 'item' ? 'delegations' : 'positions',
  }
}

function rank(group: { slug: string }): number {
  return group.slug === OBSERVERS.slug ? 2 : group.slug === OUTSIDE_GROUPS.slug ? 1 : 0
}
