import { shortClusterTitle } from '@/lib/catalogue/catalogue-data'
import type { ClusterProgress } from '@/lib/tracker/delegation-tracker'

function Bar({ value, max, label }: { value: number; max: number; label: string }) {
  // The numbers are written out beside it: the bar only helps compare clusters at a glance.
  return (
    <span aria-hidden="true" title={label} className="block h-1.5 w-full overflow-hidden rounded-full bg-slate-200">
      <span className="block h-full rounded-full bg-primary-700" style={{ width: `${max === 0 ? 0 : (value / max) * 100}%` }} />
    </span>
  )
}

/** How far the delegation is in each cluster, in words first. */
export function ClusterProgressList({ clusters }: { clusters: ClusterProgress[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {clusters.map((cluster) => {
        const positions = `${cluster.withPosition} of ${cluster.items} have a position, ${cluster.positionShared} shared`
        const statuses = `${cluster.withStatus} of ${cluster.items} have an implementation status`
        return (
          <li
            key={cluster.number}
            aria-label={`Cluster ${cluster.number}`}
            className="rounded-card border border-slate-200 bg-white p-3 shadow-xs"
          >
            <p className="text-sm font-semibold text-slate-900">
              Cluster {cluster.number}
              <span className="font-normal text-slate-600"> — {shortClusterTitle(cluster.title)}</span>
            </p>
            <p className="mt-2 text-sm text-slate-800 tabular-nums">{positions}</p>
            <Bar value={cluster.withPosition} max={cluster.items} label={positions} />
            <p className="mt-2 text-sm text-slate-800 tabular-nums">{statuses}</p>
            <Bar value={cluster.withStatus} max={cluster.items} label={statuses} />
          </li>
        )
      })}
    </ul>
  )
}
