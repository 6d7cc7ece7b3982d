import { formatDateTime } from '@/lib/dates'
import type { Stance, Visibility } from '@/lib/generated/prisma/enums'
import { stanceLabels } from '@/lib/positions/position-schemas'
import type { PositionHistoryEntry } from '@/lib/positions/positions'
import { visibilityLabels } from '@/lib/positions/visibility'

type PositionContent = { stance: Stance; rationale: string; proposedWording: string | null }

const fieldLabels = { stance: 'Stance', rationale: 'Rationale', proposedWording: 'Proposed wording' } as const

function shown(field: keyof PositionContent, content: PositionContent): string {
  if (field === 'stance') return stanceLabels[content.stance]
  const text = content[field]
  return text && text.trim() !== '' ? text : '(empty)'
}

/** What a save changed, field by field; the first save shows everything it set. */
function Changes({ before, after }: { before: PositionContent | null; after: PositionContent }) {
  const fields = (Object.keys(fieldLabels) as (keyof PositionContent)[]).filter((field) => !before || before[field] !== after[field])
  if (fields.length === 0) return <p className="text-slate-600">No change to the text.</p>
  return (
    <dl className="space-y-2">
      {fields.map((field) => (
        <div key={field}>
          <dt className="font-medium text-slate-900">{fieldLabels[field]}</dt>
          <dd className="mt-0.5 grid gap-1 sm:grid-cols-2 sm:gap-3">
            {before ? (
              <p className="whitespace-pre-line text-slate-600">
                <span className="font-medium">From: </span>
                {shown(field, before)}
              </p>
            ) : null}
            <p className="whitespace-pre-line text-slate-800">
              <span className="font-medium">{before ? 'To: ' : ''}</span>
              {shown(field, after)}
            </p>
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** Every save and share of the delegation's position, newest first; who, when, from what to what. */
export function PositionHistory({ entries }: { entries: PositionHistoryEntry[] }) {
  return (
    <section aria-labelledby="position-history-heading">
      <h3 id="position-history-heading" className="text-base font-semibold text-slate-900">
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
                  <Changes before={entry.before} after={entry.after as PositionContent} />
                </div>
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
