/**
 * A labelled form control with its hint and error: the one layout every form
 * uses. The error sits between the label and the control (where people look)
 * and is tied to the control by aria-describedby, so screen readers read it
 * with the field. The control itself is the caller's (input, select, textarea).
 */
import type { ReactNode } from 'react'

import { cn } from '@/lib/cn'

export const fieldLabelClasses = 'block text-sm font-medium text-slate-800'

/** The compact control of filter and bulk-action bars, which have no hint or error to show. */
export const compactControlClasses =
  'mt-1.5 block h-10 w-full min-w-0 rounded-ui border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-xs focus-visible:border-focus'

// 16px text on small screens stops iOS from zooming into the field.
const controlClasses =
  'mt-1.5 block w-full min-w-0 rounded-ui border bg-white px-3 text-base text-slate-900 shadow-xs focus-visible:border-focus sm:text-sm'
const invalidClasses = 'border-red-600 ring-1 ring-red-600'

export type FieldControlProps = {
  id: string
  className: string
  name: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

type FieldProps = {
  /** Keeps ids unique when two forms with the same field names share a page. */
  idPrefix?: string
  name: string
  label: string
  hint?: string
  errors?: string[]
  /** The control, given the attributes that tie it to its label, hint and error. */
  children: (props: FieldControlProps) => ReactNode
}

export function Field({ idPrefix = 'field', name, label, hint, errors, children }: FieldProps) {
  const id = `${idPrefix}-${name}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = errors?.length ? `${id}-error` : undefined

  return (
    <div>
      <label htmlFor={id} className={fieldLabelClasses}>
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
      {children({
        id,
        name,
        className: cn(controlClasses, errorId ? invalidClasses : 'border-slate-300'),
        'aria-invalid': errorId ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
    </div>
  )
}
