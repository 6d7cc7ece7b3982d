import { Notice } from '@/components/ui/notice'
import type { Deadline } from '@/lib/dashboards/dashboards'
import { formatDate } from '@/lib/dates'

/** The stocktaking date and its countdown, and who has shared nothing yet. */
export function DeadlinePanel({ deadline }: { deadline: Deadline }) {
  return (
    <div className="mt-4 space-y-4">
      {deadline.date && deadline.countdown ? (
        <div className="rounded-card border border-slate-200 bg-white p-4 shadow-xs">
          <p className="text-sm text-slate-600">Stocktaking date</p>
          <p className="text-2xl font-semibold tracking-tight text-slate-900">{formatDate(deadline.date)}</p>
          <p className="mt-1 text-sm font-medium text-slate-800">{deadline.countdown.text}</p>
        </div>
      ) : (
        <p className="text-sm text-slate-600">No stocktaking date has been set.</p>
      )}
      {deadline.ownDelegation ? (
        <Notice tone={deadline.ownDelegation.hasShared ? 'success' : 'info'}>
          {deadline.ownDelegation.hasShared
            ? `${deadline.ownDelegation.name} has shared positions or implementation statuses.`
            : `${deadline.ownDelegation.name} has shared nothing yet: no position or implementation status has been shared beyond the delegation.`}
        </Notice>
      ) : null}
      {deadline.silentDelegations ? (
        <details className="rounded-card border border-slate-200 bg-white p-4 shadow-xs">
          <summary className="cursor-pointer font-medium text-slate-900">
            {deadline.silentDelegations.length} delegations have shared nothing you can see
          </summary>
          <ul className="mt-3 columns-1 gap-6 text-sm text-slate-800 sm:columns-2 lg:columns-4">
            {deadline.silentDelegations.map((delegation) => (
              <li key={delegation.code}>{delegation.name}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}
