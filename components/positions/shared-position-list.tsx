import { formatDateTime } from '@/lib/dates'
import { Badge } from '@/components/ui/badge'
import { visibilityLabels } from '@/lib/positions/visibility'
import type { SharedPosition } from '@/lib/positions/positions'

import { PositionText } from './position-text'

type SharedPositionListProps = {
  /** Already scoped by lib to what the viewer may read, and without the viewer's own delegation. */
  positions: SharedPosition[]
  /** The item's quoted text, to show proposed wording as changes to it. */
  itemText: string
}

/** Other delegations' current shared positions on one item. */
export function SharedPositionList({ positions, itemText }: SharedPositionListProps) {
  return (
    <section aria-labelledby="shared-positions-heading">
      <h2 id="shared-positions-heading" className="text-lg font-semibold text-slate-900">
        Shared positions
      </h2>
      <p className="mt-1 text-sm text-slate-600">The latest version each delegation has shared with you on this item.</p>
      {positions.length > 0 ? (
        <ul className="mt-4 space-y-4">
          {positions.map((position) => {
            const headingId = `shared-${position.delegation.code}`
            return (
              <li key={position.delegation.code}>
                <article aria-labelledby={headingId} className="rounded-card border border-slate-200 bg-white p-5 shadow-xs">
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <h3 id={headingId} className="text-base font-semibold text-slate-900">
                      {position.delegation.name}
                    </h3>
                    {position.delegation.kind === 'observer' ? <Badge>Observer</Badge> : null}
                  </div>
                  <PositionText
                    className="mt-3"
                    stance={position.stance}
                    rationale={position.rationale}
                    proposedWording={position.proposedWording}
                    itemText={itemText}
                  />
                  <p className="mt-4 text-xs/5 text-slate-600">
                    Version {position.version}, shared by {position.sharedBy} on {formatDateTime(position.sharedAt)}.{' '}
                    <span className="whitespace-nowrap">Visible to: {visibilityLabels[position.visibility]}.</span>
                  </p>
                </article>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="mt-4 rounded-card border border-dashed border-slate-300 bg-slate-50 px-5 py-6 text-sm text-slate-700">
          No other delegation has shared a position on this item with you yet.
        </p>
      )}
    </section>
  )
}
