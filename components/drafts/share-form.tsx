'use client'

import { useActionState } from 'react'

import { Notice } from '@/components/ui/notice'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
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

  return (
    <form action={formAction} noValidate className="space-y-4">
      {!isPending && state.formError ? <Notice tone="error">{state.formError}</Notice> : null}
      {!isPending && state.ok && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      <input type="hidden" name="itemCode" value={itemCode} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="min-w-0 sm:w-72">
          <Field idPrefix={`${idPrefix}-share`} name="visibility" label="Share with" errors={errors}>
            {({ className, ...control }) => (
              // Keyed by the default so React applies a new one: it sets a select's default only when it mounts.
              <select
                key={state.values?.visibility ?? 'opened'}
                {...control}
                defaultValue={state.values?.visibility ?? visibilityOptions[0]?.value}
                className={cn(className, 'h-11 sm:h-10')}
              >
                {visibilityOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={isPending}>
          {isPending ? 'Sharing…' : `Share version ${version}`}
        </Button>
      </div>
    </form>
  )
}
