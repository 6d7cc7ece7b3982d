import { PageSection } from '@/components/ui/page-section'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { StanceBadge } from '@/components/positions/stance-badge'
import { WordingDiff } from '@/components/positions/wording-diff'
import { plural } from '@/lib/plural'
import type { WordingGroup } from '@/lib/review/wording-groups'

/** Every proposed wording the viewer may read, side by side against the item's text; wordings that say the same are one group. */
export function WordingMatrix({ itemText, groups }: { itemText: string; groups: WordingGroup[] }) {
  return (
    <PageSection id="wording-matrix" title="Proposed wordings">
      <p className="mt-1 text-sm text-slate-600">
        The wordings delegations have shared with you, each against the item’s text. Wordings that differ only in case, spacing or
        punctuation are one group.
      </p>
      {groups.length > 0 ? (
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {groups.map((group, index) => {
            const headingId = `wording-group-${index + 1}`
            return (
              <li key={headingId}>
                <article aria-labelledby={headingId} className="h-full rounded-card border border-slate-200 bg-white p-5 shadow-xs">
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <h3 id={headingId} className="text-base font-semibold text-slate-900">
                      Wording {index + 1}
                    </h3>
                    <span className="text-sm text-slate-600">{plural(group.proposals.length, 'delegation', 'delegations')}</span>
                    {group.isItemText ? <Badge>Same as the item’s text</Badge> : null}
                  </div>
                  <WordingDiff className="mt-3 text-sm" itemText={itemText} proposedWording={group.wording} />
                  <h4 className="mt-4 text-sm font-semibold text-slate-900">Proposed by</h4>
                  <ul className="mt-2 space-y-1.5 text-sm">
                    {group.proposals.map(({ delegation, stance }) => (
                      <li key={delegation.code} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                        <span className="text-slate-900">{delegation.name}</span>{' '}
                        {delegation.kind === 'observer' ? <Badge>Observer</Badge> : null} <StanceBadge stance={stance} />
                      </li>
                    ))}
                  </ul>
                </article>
              </li>
            )
          })}
        </ul>
      ) : (
        <EmptyState
          className="mt-4"
          headingLevel="h3"
          title="No proposed wording yet"
          description="No delegation has shared a position with proposed wording on this item with you."
        />
      )}
    </PageSection>
  )
}
