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

/**
 * A labelled input with its hint and error. The error sits between the label
 * and the input (where people look) and is tied to the input by
 * aria-describedby, so screen readers read it with the field.
 */
export function TextField({ name, label, type = 'text', autoComplete, defaultValue, hint, errors, required, readOnly }: TextFieldProps) {
  const id = `field-${name}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = errors?.length ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          <span className="sr-only">Error: </span>
          {errors?.join(' ')}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        readOnly={readOnly}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
        // 16px text on small screens stops iOS from zooming into the field.
        className={cn(
          'mt-1.5 block h-11 w-full min-w-0 rounded-ui border bg-white px-3 text-base text-slate-900 shadow-xs focus-visible:border-focus sm:h-10 sm:text-sm',
          errorId ? 'border-red-600 ring-1 ring-red-600' : 'border-slate-300',
          readOnly && 'bg-slate-50 text-slate-700',
        )}
      />
    </div>
  )
}
