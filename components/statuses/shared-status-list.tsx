import { Badge } from '@/components/ui/badge'
import { formatDateTime } from '@/lib/dates'
import { visibilityLabels } from '@/lib/positions/visibility'
import type { SharedStatus } from '@/lib/statuses/implementation-statuses'

import { StatusText } from './status-text'

/** Other delegations' current shared implementation statuses on one item; already scoped by lib to what the viewer may read. */
export function SharedStatusList({ statuses }: { statuses: SharedStatus[] }) {
  return (
    <section aria-labelledby="shared-statuses-heading">
      <h2 id="shared-statuses-heading" className="text-lg font-semibold text-slate-900">
        Shared implementation statuses
      </h2>
      <p className="mt-1 text-sm text-slate-600">The latest implementation status each delegation has shared with you on this item.</p>
      {statuses.length > 0 ? (
        <ul className="mt-4 space-y-4">
          {statuses.map((status) => {
            const headingId = `shared-status-${status.delegation.code}`
            return (
              <li key={status.delegation.code}>
                <article aria-labelledby={headingId} className="rounded-card border border-slate-200 bg-white p-5 shadow-xs">
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <h3 id={headingId} className="text-base font-semibold text-slate-900">
                      {status.delegation.name}
                    </h3>
                    {status.delegation.kind === 'observer' ? <Badge>Observer</Badge> : null}
                  </div>
                  <StatusText className="mt-3" state={status.state} evidence={status.evidence} links={status.links} asOf={status.asOf} />
                  <p className="mt-4 text-xs/5 text-slate-600">
                    Version {status.version}, shared by {status.sharedBy} on {formatDateTime(status.sharedAt)}.{' '}
                    <span className="whitespace-nowrap">Visible to: {visibilityLabels[status.visibility]}.</span>
                  </p>
                </article>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="mt-4 rounded-card border border-dashed border-slate-300 bg-slate-50 px-5 py-6 text-sm text-slate-700">
          No other delegation has shared an implementation status on this item with you yet.
        </p>
      )}
    </section>
  )
}
