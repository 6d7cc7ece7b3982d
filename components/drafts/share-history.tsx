import { formatDateTime } from '@/lib/dates'
import { Badge } from '@/components/ui/badge'
import type { Visibility } from '@/lib/generated/prisma/enums'

import { sharedWithPhrases } from '@/lib/visibility/labels'

/** A share as this list needs it, whatever was shared (a position, an implementation status). */
type ShareSummary = { version: number; visibility: Visibility; sharedBy: string; sharedAt: Date; isCurrent: boolean }

type ShareHistoryProps = {
  delegationName: string
  draft: { version: number } | null
  /** The own delegation's shares of this item, latest first. */
  shares: ShareSummary[]
  canShare: boolean
  /** What was shared, inside a sentence: "only Germany sees this position". */
  noun: string
}

/** Whether, what and with whom the own delegation has shared on this item. */
export function ShareHistory({ delegationName, draft, shares, canShare, noun }: ShareHistoryProps) {
  const current = shares.find((share) => share.isCurrent)

  return (
    <div className="space-y-3">
      <p className="text-sm/6 text-slate-700">
        {!draft ? (
          'Nothing to share yet: save a draft first.'
        ) : !current ? (
          `Not shared: only ${delegationName} sees this ${noun}.`
        ) : current.version === draft.version ? (
          `The current draft, version ${current.version}, is shared with ${sharedWithPhrases[current.visibility]}.`
        ) : (
          <span className="font-medium text-amber-900">
            <span aria-hidden="true">⚠ </span>
            The draft has changed since version {current.version} was shared.{' '}
            {canShare ? 'Share it again to show others the current version.' : 'Your focal point can share the current version.'}
          </span>
        )}
      </p>
      {shares.length > 0 ? (
        <ol aria-label="Share history" className="space-y-1.5 text-sm/6 text-slate-700">
          {shares.map((share) => (
            <li key={`${share.version}-${share.sharedAt.toISOString()}`} className="flex flex-wrap items-center gap-x-2">
              <span>
                Version {share.version} shared with {sharedWithPhrases[share.visibility]} by {share.sharedBy} on{' '}
                {formatDateTime(share.sharedAt)}
              </span>
              {share.isCurrent ? <Badge tone="primary">Current</Badge> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}
