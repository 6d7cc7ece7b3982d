'use client'

import { useActionState } from 'react'

import { Button, type ButtonVariant } from '@/components/ui/button'
import type { FormState } from '@/lib/auth/form-action'

type RowActionButtonProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>
  /** Hidden fields naming what the action is about; the server re-checks that the viewer may touch it. */
  fields: Record<string, string>
  /** Says exactly what happens to whom ("Deactivate Dieter Delegierter"): the label is the confirmation. */
  label: string
  /** A fuller name for screen readers when the row gives the visible label its context; must start with `label`. */
  accessibleLabel?: string
  pendingLabel: string
  variant?: ButtonVariant
}

/** One button in a table row (deactivate, reactivate, revoke), with its outcome shown beside it. */
export function RowActionButton({ action, fields, label, accessibleLabel, pendingLabel, variant = 'secondary' }: RowActionButtonProps) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })

  return (
    <form action={formAction} className="flex flex-col items-start gap-1.5">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" size="sm" variant={variant} disabled={isPending} aria-label={isPending ? undefined : accessibleLabel}>
        {isPending ? pendingLabel : label}
      </Button>
      {state.formError ? (
        <p role="alert" className="max-w-56 text-xs/5 text-red-800">
          {state.formError}
        </p>
      ) : null}
      <p role="status" className="max-w-56 text-xs/5 text-emerald-800">
        {state.ok && !isPending ? state.message : null}
      </p>
    </form>
  )
}
