import { Field } from '@/components/ui/field'
import { cn } from '@/lib/cn'

type TextFieldProps = {
  name: string
  label: string
  type?: 'text' | 'email' | 'password'
  /** Lets browsers and password managers fill the field: email, name, current-password, new-password. */
  autoComplete: string
  defaultValue?: string
  hint?: string
  errors?: string[]
  required?: boolean
  readOnly?: boolean
}

/** A labelled input with its hint and error (see Field). */
export function TextField({ name, label, type = 'text', autoComplete, defaultValue, hint, errors, required, readOnly }: TextFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {({ className, ...control }) => (
        <input
          {...control}
          type={type}
          autoComplete={autoComplete}
          defaultValue={defaultValue}
          required={required}
          readOnly={readOnly}
          className={cn(className, 'h-11 sm:h-10', readOnly && 'bg-slate-50 text-slate-700')}
        />
      )}
    </Field>
  )
}
