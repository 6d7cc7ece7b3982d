/** One side of a conflict, as every draft form (position, implementation status) shows it. */
import type { ReactNode } from 'react'

export function ConflictText({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-card border border-slate-300 bg-slate-50 p-4">
      <h4 className="text-sm font-semibold text-slate-900">{title}</h4>
      <div className="mt-1">{children}</div>
    </section>
  )
}
