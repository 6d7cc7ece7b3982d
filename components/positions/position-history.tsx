import type { ReactNode } from 'react'

import { formatDateTime } from '@/lib/dates'
import type { Stance, Visibility } from '@/lib/generated/prisma/enums'
import { stanceLabels } from '@/lib/positions/position-schemas'
import type { PositionHistoryEntry } from '@/lib/positions/positions'
import { visibilityLabels } from '@/lib/positions/visibility'

/** A history entry of any versioned draft (position, implementation status): the same timeline shows both. */
type HistoryEntry<Content> = {
  action: 'saved' | 'shared'
  version: number
  actor: string
  at: Date
  before: Content | null
  after: Content | { visibility: Visibility }
}

type DraftHistoryProps<Content> = {
  entries: HistoryEntry<Content>[]
  /** Unique on the page: an item page shows more than one timeline. */
  headingId: string
  /** The fields a save may change, in the order they are shown. */
  fieldLabels: Record<keyof Content & string, string>
  /** A field's value as a person reads it. */
  shown: (field: keyof Content & string, content: Content) => ReactNode
  /** Whether a field differs between two versions. */
  isChanged: (field: keyof Content & string, before: Content, after: Content) => boolean
}

/** What a save changed, field by field; the first save shows everything it set. */
function Changes<Content>({
  before,
  after,
  fieldLabels,
  shown,
  isChanged,
}: { before: Content | null; after: Content } & Pick<DraftHistoryProps<Content>, 'fieldLabels' | 'shown' | 'isChanged'>) {
  const fields = (Object.keys(fieldLabels) as (keyof Content & string)[]).filter((field) => !before || isChanged(field, before, after))
  if (fields.length === 0) return <p className="text-slate-600">No change to the text.</p>
  return (
    <dl className="space-y-2">
      {fields.map((field) => (
        <div key={field}>
          <dt className="font-medium text-slate-900">{fieldLabels[field]}</dt>
          <dd className="mt-0.5 grid gap-1 sm:grid-cols-2 sm:gap-3">
            {before ? (
              <div className="whitespace-pre-line text-slate-600">
                <span className="font-medium">From: </span>
                {shown(field, before)}
              </div>
            ) : null}
            <div className="whitespace-pre-line text-slate-800">
              <span className="font-medium">{before ? 'To: ' : ''}</span>
              {shown(field, after)}
            </div>
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** Every save and share of a delegation's draft, newest first; who, when, from what to what. */
export function DraftHistory<Content>({ entries, headingId, fieldLabels, shown, isChanged }: DraftHistoryProps<Content>) {
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-base font-semibold text-slate-900">
        History
      </h3>
      <p className="mt-1 text-sm text-slate-600">Every save and share, kept as it happened. Visible to your delegation only.</p>
      <ol className="mt-4 space-y-3 border-l-2 border-slate-200 pl-4 text-sm/6">
        {entries.map((entry) => (
          <li key={`${entry.action}-${entry.version}-${entry.at.toISOString()}`}>
            {entry.action === 'shared' ? (
              <p className="text-slate-800">
                <span className="font-medium">Version {entry.version} shared</span> with{' '}
                {visibilityLabels[(entry.after as { visibility: Visibility }).visibility].toLowerCase()} by {entry.actor},{' '}
                {formatDateTime(entry.at)}
              </p>
            ) : (
              <details>
                <summary className="cursor-pointer rounded-sm text-slate-800">
                  <span className="font-medium">Version {entry.version} saved</span> by {entry.actor}, {formatDateTime(entry.at)}
                </summary>
                <div className="mt-2 rounded-card bg-slate-50 p-3">
                  <Changes
                    before={entry.before}
                    after={entry.after as Content}
                    fieldLabels={fieldLabels}
                    shown={shown}
                    isChanged={isChanged}
                  />
                </div>
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}

type PositionContent = { stance: Stance; rationale: string; proposedWording: string | null }

const positionFieldLabels = { stance: 'Stance', rationale: 'Rationale', proposedWording: 'Proposed wording' } as const

function shownPositionField(field: keyof PositionContent, content: PositionContent): string {
  if (field === 'stance') return stanceLabels[content.stance]
  const text = content[field]
  return text && text.trim() !== '' ? text : '(empty)'
}

/** Every save and share of the delegation's position. */
export function PositionHistory({ entries }: { entries: PositionHistoryEntry[] }) {
  return (
    <DraftHistory
      entries={entries}
      headingId="position-history-heading"
      fieldLabels={positionFieldLabels}
      shown={shownPositionField}
      isChanged={(field, before, after) => before[field] !== after[field]}
    />
  )
}
