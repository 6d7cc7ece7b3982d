import Link from 'next/link'

import { EmptyState } from '@/components/ui/empty-state'
import { textLinkClasses } from '@/components/ui/text-link'
import { formatDateTime } from '@/lib/dates'
import type { ActivityEntry } from '@/lib/review/activity'
import { reviewInputKindLabels, reviewStateLabels } from '@/lib/review/review-states'
import { sharedWithPhrases } from '@/lib/visibility/labels'

function describe(entry: ActivityEntry): string {
  const noun = reviewInputKindLabels[entry.kind].toLowerCase()
  return entry.type === 'share'
    ? `${entry.actor} shared version ${entry.version} of ${entry.delegation}’s ${noun} with ${sharedWithPhrases[entry.visibility]}`
    : `${entry.actor} marked version ${entry.version} of ${entry.delegation}’s ${noun} “${reviewStateLabels[entry.after]}” (was “${reviewStateLabels[entry.before]}”)`
}

/** Shares and review actions, newest first, as the viewer may see them. */
export function ActivityFeed({ entries }: { entries: ActivityEntry[] }) {
  if (entries.length === 0) {
    return <EmptyState headingLevel="h3" title="No activity yet" description="Shares and review decisions you may see appear here." />
  }
  return (
    <ol className="divide-y divide-slate-200 rounded-card border border-slate-200 bg-white">
      {entries.map((entry) => (
        <li key={`${entry.type}:${entry.id}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3 text-sm/6">
          <time dateTime={entry.at.toISOString()} className="w-44 shrink-0 text-slate-600">
            {formatDateTime(entry.at)}
          </time>
          <span className="min-w-0 flex-1 text-slate-900">
            {describe(entry)} on{' '}
            <Link href={`/catalogue/${encodeURIComponent(entry.itemCode)}`} className={textLinkClasses()}>
              {entry.itemCode}
            </Link>
            .
          </span>
        </li>
      ))}
    </ol>
  )
}
