'use client'

import { useActionState } from 'react'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Notice } from '@/components/ui/notice'
import type { FormState } from '@/lib/auth/form-action'
import { cn } from '@/lib/cn'

type StocktakingDateFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>
  /** The date now set, YYYY-MM-DD. */
  date: string
}

/** The administrator's one control over the deadline: the stocktaking's first day. */
export function StocktakingDateForm({ action, date }: StocktakingDateFormProps) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })
  const value = state.values?.date ?? date

  return (
    <form action={formAction} noValidate className="max-w-sm space-y-5">
      {state.formError && !isPending ? <Notice tone="error">{state.formError}</Notice> : null}
      {state.ok && !isPending ? <Notice tone="success">{state.message}</Notice> : null}
      <Field name="date" label="Stocktaking date" hint="The first day of the meeting." errors={state.fieldErrors?.date}>
        {({ className, ...control }) => (
          <input key={value} {...control} type="date" required defaultValue={value} className={cn(className, 'h-11 sm:h-10')} />
        )}
      </Field>
      <Button type="submit" disabled={isPending}>
        Save date
      </Button>
    </form>
  )
}
