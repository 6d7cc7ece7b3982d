import { Field } from '@/components/ui/field'
import { SelectField, TextAreaField } from '@/components/ui/form-fields'
import { cn } from '@/lib/cn'

/** One field of a kind's draft form, as data: the kind says what it asks, this renders it. */
export type DraftFieldSpec = { name: string; label: string; hint?: string; isHalfWidth?: boolean } & (
  | { control: 'select'; options: readonly string[]; labels: Record<string, string> }
  | { control: 'textarea'; rows: number; maxLength?: number; isMonospace?: boolean }
  | { control: 'date' }
)

type DraftFieldsProps = {
  /** Keeps ids unique: an item page holds the forms of several kinds. */
  idPrefix: string
  fields: readonly DraftFieldSpec[]
  values: Record<string, string>
  fieldErrors: Record<string, string[]> | undefined
}

/** A kind's own fields, in order; half-width ones pair up on wide screens. */
export function DraftFields({ idPrefix, fields, values, fieldErrors }: DraftFieldsProps) {
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      {fields.map((spec) => {
        const common = { idPrefix, name: spec.name, label: spec.label, hint: spec.hint, errors: fieldErrors?.[spec.name] }
        const value = values[spec.name] ?? ''
        return (
          <div key={spec.name} className={cn(!spec.isHalfWidth && 'sm:col-span-2')}>
            {spec.control === 'select' ? (
              <SelectField {...common} options={spec.options} labels={spec.labels} value={value} />
            ) : spec.control === 'textarea' ? (
              <TextAreaField {...common} rows={spec.rows} maxLength={spec.maxLength} isMonospace={spec.isMonospace} value={value} />
            ) : (
              <Field {...common}>
                {(props) => (
                  <input type="date" key={value} defaultValue={value} {...props} className={cn(props.className, 'h-11 sm:h-10')} />
                )}
              </Field>
            )}
          </div>
        )
      })}
    </div>
  )
}
