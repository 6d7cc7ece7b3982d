import { DiffText } from '@/components/positions/wording-diff'
import type { InputField } from '@/lib/review/review-inputs'
import type { FieldChange } from '@/lib/review/review-queue'

/** An input's labelled parts, as shared. */
export function InputFields({ fields }: { fields: InputField[] }) {
  return (
    <dl className="space-y-2 text-sm/6">
      {fields.map(({ label, text }) => (
        <div key={label}>
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className="whitespace-pre-line text-slate-900">{text.trim() === '' ? <span className="text-slate-500">(empty)</span> : text}</dd>
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
