import type { ReactNode } from 'react'

import type { DraftSnapshot } from '@/lib/drafts/draft-snapshot'

/** One side of a conflict. */
function ConflictSide({ title, note, children }: { title: string; note: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-card border border-slate-300 bg-slate-50 p-4">
      <h4 className="text-sm font-semibold text-slate-900">{title}</h4>
      <div className="mt-1">
        <p className="text-xs text-slate-600">{note}</p>
        {children}
      </div>
    </section>
  )
}

/** A refused save: the version that beat it beside the person's own text, still in the form. */
export function DraftConflict<Content>({
  theirs,
  yours,
  render,
}: {
  theirs: DraftSnapshot<Content>
  yours: Content
  render: (content: Content) => ReactNode
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <ConflictSide title={`Their version (version ${theirs.version})`} note={`Saved by ${theirs.savedBy} on ${theirs.savedAt}`}>
        {render(theirs)}
      </ConflictSide>
      <ConflictSide title="Your text" note="Not saved yet: it is still in the form below.">
        {render(yours)}
      </ConflictSide>
    </div>
  )
}
