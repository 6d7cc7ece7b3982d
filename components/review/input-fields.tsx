import { DiffText } from '@/components/positions/wording-diff'
import { cn } from '@/lib/cn'
import type { InputField } from '@/lib/review/review-inputs'
import type { FieldChange } from '@/lib/review/review-queue'

/** An input's labelled parts, as shared; in the queue, side by side and cut to a few lines (the review page has them whole). */
export function InputFields({ fields, isCompact = false }: { fields: InputField[]; isCompact?: boolean }) {
  return (
    <dl className={cn('text-sm/6', isCompact ? 'grid grid-cols-[minmax(0,8rem)_minmax(0,1fr)] gap-x-3 gap-y-1' : 'space-y-2')}>
      {fields.map(({ label, text }) => (
        <div key={label} className={isCompact ? 'contents' : undefined}>
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className={cn('whitespace-pre-line text-slate-900', isCompact && 'line-clamp-3')}>
            {text.trim() === '' ? <span className="text-slate-600">(empty)</span> : text}
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** What changed in each part since the version the secretariat reviewed. */
export function FieldChanges({ version, changes }: { version: number; changes: FieldChange[] }) {
  return (
    <div className="rounded-ui border border-amber-300 bg-amber-50 p-3 text-sm/6">
      <p className="font-medium text-amber-950">Changed since reviewed version {version}</p>
      {changes.length === 0 ? (
        <p className="mt-1 text-amber-950">Shared again with the same text.</p>
      ) : (
        <dl className="mt-2 space-y-2">
          {changes.map(({ label, parts }) => (
            <div key={label}>
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd>
                <DiffText parts={parts} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  )
}
