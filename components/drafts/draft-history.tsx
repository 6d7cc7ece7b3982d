import type { ReactNode } from 'react'

import { formatDateTime } from '@/lib/dates'
import type { HistoryEntry } from '@/lib/drafts/drafts'
import type { Visibility } from '@/lib/generated/prisma/enums'
import { visibilityLabels } from '@/lib/visibility/labels'

import type { DraftView } from './draft-view'

type DraftHistoryProps<Content> = { view: DraftView<Content>; entries: HistoryEntry<Content>[] }

/** Lists compare as one text; everything else by value. */
function isChanged(before: unknown, after: unknown): boolean {
  return JSON.stringify(before) !== JSON.stringify(after)
}

/** What a save changed, field by field; the first save shows everything it set. */
function Changes<Content>({ view, before, after }: { view: DraftView<Content>; before: Content | null; after: Content }) {
  const fields = (Object.keys(view.fieldLabels) as (keyof Content & string)[]).filter(
    (field) => !before || isChanged(before[field], after[field]),
  )
  if (fields.length === 0) return <p className="text-slate-600">No change to the text.</p>
  const shown = (field: keyof Content & string, content: Content): ReactNode => view.shownField(field, content)
  return (
    <dl className="space-y-2">
      {fields.map((field) => (
        <div key={field}>
          <dt className="font-medium text-slate-900">{view.fieldLabels[field]}</dt>
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
export function DraftHistory<Content>({ view, entries }: DraftHistoryProps<Content>) {
  const headingId = `${view.idPrefix}-history-heading`
  return (
    <section aria-labelledby={headingId}>
      {/* Named for its kind: an item page holds the history of each, and landmarks must tell them apart. */}
      <h3 id={headingId} className="text-base font-semibold text-slate-900">
        History of the {view.noun}
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
                  <Changes view={view} before={entry.before} after={entry.after as Content} />
                </div>
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
