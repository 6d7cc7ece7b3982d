import type { Stance } from '@/lib/generated/prisma/enums'
import { cn } from '@/lib/cn'

import { StanceBadge } from './stance-badge'
import { WordingDiff } from './wording-diff'

type PositionTextProps = {
  stance: Stance
  rationale: string
  proposedWording: string | null
  /** The item's quoted text: with it, proposed wording also shows as changes to that text. */
  itemText?: string
  className?: string
}

/** A position's words: stance, rationale and proposed wording, each labelled so they read in order without the layout. */
export function PositionText({ stance, rationale, proposedWording, itemText, className }: PositionTextProps) {
  return (
    <dl className={cn('space-y-3 text-sm/6', className)}>
      <div>
        <dt className="sr-only">Stance</dt>
        <dd>
          <StanceBadge stance={stance} />
        </dd>
      </div>
      <div>
        <dt className="font-medium text-slate-900">Rationale</dt>
        {/* Delegations write paragraphs: keep their line breaks. */}
        <dd className="mt-0.5 whitespace-pre-line text-slate-800">{rationale.trim() === '' ? <em>No rationale given.</em> : rationale}</dd>
      </div>
      {proposedWording ? (
        <div>
          <dt className="font-medium text-slate-900">Proposed wording</dt>
          <dd className="mt-0.5 border-l-2 border-slate-300 pl-3 whitespace-pre-line text-slate-800">{proposedWording}</dd>
        </div>
      ) : null}
      {proposedWording && itemText ? (
        <div>
          <dt className="font-medium text-slate-900">Changes to the item’s text</dt>
          <dd className="mt-0.5">
            <WordingDiff itemText={itemText} proposedWording={proposedWording} />
          </dd>
        </div>
      ) : null}
    </dl>
  )
}
