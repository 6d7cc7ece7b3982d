/**
 * The pieces every draft form (position, implementation status) lays out the
 * same way: a labelled control with its hint and error, and one side of a
 * conflict. No state here, so they render on either side.
 */
import type { ReactNode } from 'react'

import { cn } from '@/lib/cn'

const controlClasses =
  'mt-1.5 block w-full min-w-0 rounded-ui border bg-white px-3 text-base text-slate-900 shadow-xs focus-visible:border-focus sm:text-sm'
const invalidClasses = 'border-red-600 ring-1 ring-red-600'

export function ConflictText({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-card border border-slate-300 bg-slate-50 p-4">
      <h4 className="text-sm font-semibold text-slate-900">{title}</h4>
      <div className="mt-1">{children}</div>
    </section>
  )
}

type ControlProps = {
  id: string
  className: string
  name: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

type FieldProps = {
  /** Keeps ids unique when two draft forms share a page. */
  idPrefix: string
  name: string
  label: string
  hint?: string
  errors?: string[]
  /** The control, given the attributes that tie it to its label, hint and error. */
  children: (props: ControlProps) => ReactNode
}

/** A labelled control laid out like TextField: hint, then error, then the control, all tied to it for screen readers. */
export function Field({ idPrefix, name, label, hint, errors, children }: FieldProps) {
  const id = `${idPrefix}-${name}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = errors?.length ? `${id}-error` : undefined

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
