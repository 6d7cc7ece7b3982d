'use client'

import { useActionState } from 'react'

import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'

import { NewPasswordFields } from './new-password-fields'
import { TextField } from './text-field'
import type { FormState } from '@/lib/auth/form-action'

type AcceptInvitationFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>
  token: string
  email: string
  /** The name the inviter gave, which the person may correct. */
  name: string
  minLength: number
}

export function AcceptInvitationForm({ action, token, email, name, minLength }: AcceptInvitationFormProps) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })

  return (
    <form action={formAction} noValidate className="space-y-5">
      {state.formError && !isPending ? <Notice tone="error">{state.formError}</Notice> : null}
      <input type="hidden" name="token" value={token} />
      <TextField
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        defaultValue={email}
        hint="The address you were invited at; you sign in with it."
        readOnly
      />
      <TextField
        name="name"
        label="Your name"
        autoComplete="name"
        hint="As colleagues in other delegations and the secretariat will see it."
        required
        defaultValue={state.values?.name ?? name}
        errors={state.fieldErrors?.name}
      />
      <NewPasswordFields
        name="password"
        label="Password"
        confirmLabel="Confirm password"
        minLength={minLength}
        fieldErrors={state.fieldErrors}
      />
      <Button type="submit" size="lg" disabled={isPending} className="w-full sm:w-auto">
        {isPending ? 'Creating account…' : 'Create account'}
      </Button>
    </form>
  )
}
