/**
 * The two controls draft forms are made of, on the one Field layout: a text
 * box and a choice among labelled options. Each takes the value the form
 * should show; `key` makes React apply a new one, since it sets a control's
 * default only when the control mounts.
 */
import { cn } from '@/lib/cn'

import { Field } from './field'

type CommonProps = { idPrefix: string; name: string; label: string; hint?: string; errors?: string[]; value: string }

export function TextAreaField({
  rows,
  maxLength,
  isMonospace,
  value,
  ...field
}: CommonProps & { rows: number; maxLength?: number; isMonospace?: boolean }) {
  return (
    <Field {...field}>
      {(props) => (
        <textarea
          rows={rows}
          maxLength={maxLength}
          defaultValue={value}
          {...props}
          className={cn(props.className, 'py-2', isMonospace && 'font-mono')}
        />
      )}
    </Field>
  )
}

export function SelectField<Option extends string>({
  options,
  labels,
  value,
  ...field
}: CommonProps & { options: readonly Option[]; labels: Record<Option, string> }) {
  return (
    <Field {...field}>
      {(props) => (
        <select key={value} defaultValue={value} {...props} className={cn(props.className, 'h-11 sm:h-10')}>
          {options.map((option) => (
            <option key={option} value={option}>
              {labels[option]}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
