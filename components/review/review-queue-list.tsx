import Link from 'next/link'

import { Badge } from '@/components/ui/badge'
import { textLinkClasses } from '@/components/ui/text-link'
import { formatDateTime } from '@/lib/dates'
import type { ReviewQueueEntry } from '@/lib/review/review-queue'
import { reviewInputHref, reviewInputKindLabels } from '@/lib/review/review-states'
import { visibilityLabels } from '@/lib/visibility/labels'

import { FieldChanges, InputFields } from './input-fields'
import { ClarificationBadge, ReviewStateBadge } from './review-state-badge'

/**
 * The queue, newest first. Each entry is an article whose heading links to
 * the input's review page, so Tab moves from entry to entry and Enter opens it.
 */
export function ReviewQueueList({ entries }: { entries: ReviewQueueEntry[] }) {
  return (
    <ol className="space-y-4">
      {entries.map((entry) => {
        const titleId = `review-${entry.kind}-${entry.inputId}`
        return (
          <li key={`${entry.kind}:${entry.inputId}`}>
            <article aria-labelledby={titleId} className="rounded-card border border-slate-200 bg-white p-4 shadow-xs">
              <header className="flex flex-wrap items-center gap-2">
                <Badge>{reviewInputKindLabels[entry.kind]}</Badge>
                <ReviewStateBadge state={entry.state} />
                <ClarificationBadge clarification={entry.clarification} />
              </header>
              <h3 id={titleId} className="mt-2 text-base font-semibold text-slate-900">
                <Link href={reviewInputHref(entry.kind, entry.inputId)} className={textLinkClasses()}>
                  {entry.delegation.name}: {reviewInputKindLabels[entry.kind].toLowerCase()} on {entry.item.code}
                </Link>
              </h3>
              <p className="mt-1 text-sm text-slate-600">
                {entry.item.title}. Version {entry.version}, shared by {entry.sharedBy} with{' '}
                {visibilityLabels[entry.visibility].toLowerCase()} on {formatDateTime(entry.sharedAt)}.{' '}
                <Link href={`/catalogue/${encodeURIComponent(entry.item.code)}`} className={textLinkClasses()}>
                  Item {entry.item.code}
                </Link>
              </p>
              <div className="mt-3 grid gap-3 lg:grid-cols-2">
                <InputFields fields={entry.fields} isCompact />
                {entry.changedSince ? <FieldChanges {...entry.changedSince} /> : null}
              </div>
            </article>
          </li>
        )
      })}
    </ol>
  )
}
