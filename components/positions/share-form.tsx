'use client'

import { useActionState } from 'react'

import { Notice } from '@/components/auth/notice'
import { Button } from '@/components/ui/button'
import type { FormState } from '@/lib/auth/form-action'
import { cn } from '@/lib/cn'

type ShareFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>
  itemCode: string
  /** The draft version on the page: the server refuses to share another one, so nobody shares text they have not read. */
  version: number
  /** Narrowest first: the first is the default, so sharing wider is a choice. */
  visibilityOptions: { value: string; label: string }[]
  /** Keeps the control's id unique: an item page has a share form for the position and one for the implementation status. */
  idPrefix: string
}

/** A focal point's form to share the draft version on the page, for whatever the draft records. */
export function ShareForm({ action, itemCode, version, visibilityOptions, idPrefix }: ShareFormProps) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })
  const errors = state.fieldErrors?.visibility
  const controlId = `${idPrefix}-share-visibility`
  const errorId = errors?.length ? `${controlId}-error` : undefined

  return (
    <form action={formAction} noValidate className="space-y-4">
      {!isPending && state.formError ? <Notice tone="error">{state.formError}</Notice> : null}
      {!isPending && state.ok && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      <input type="hidden" name="itemCode" value={itemCode} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="min-w-0 sm:w-72">
          <label htmlFor={controlId} className="block text-sm font-medium text-slate-800">
            Share with
          </label>
          {errorId ? (
            <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
              <span className="sr-only">Error: </span>
              {errors?.join(' ')}
            </p>
          ) : null}
          {/* Keyed by the default so React applies a new one: it sets a select's default only when it mounts. */}
          <select
            key={state.values?.visibility ?? 'opened'}
            id={controlId}
            name="visibility"
            defaultValue={state.values?.visibility ?? visibilityOptions[0]?.value}
            aria-invalid={errorId ? true : undefined}
            aria-describedby={errorId}
            className={cn(
              'mt-1.5 block h-11 w-full min-w-0 rounded-ui border bg-white px-3 text-base text-slate-900 shadow-xs focus-visible:border-focus sm:h-10 sm:text-sm',
              errorId ? 'border-red-600 ring-1 ring-red-600' : 'border-slate-300',
            )}
          >
            {visibilityOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" disabled={isPending}>
          {isPending ? 'Sharing…' : `Share version ${version}`}
        </Button>
      </div>
    </form>
  )
}
