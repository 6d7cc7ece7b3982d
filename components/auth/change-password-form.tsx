'use client'

import { useActionState } from 'react'

import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { TextLink } from '@/components/ui/text-link'

import { NewPasswordFields } from './new-password-fields'
import { TextField } from './text-field'
import type { FormState } from '@/lib/auth/form-action'

type ChangePasswordFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>
  /** The account's email, for password managers to file the new password under. */
  email: string
  minLength: number
}

export function ChangePasswordForm({ action, email, minLength }: ChangePasswordFormProps) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })

  return (
    <form action={formAction} noValidate className="space-y-5">
      {state.formError && !isPending ? <Notice tone="error">{state.formError}</Notice> : null}
      {/* Password managers look for the username next to a new password. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <NewPasswordFields
        name="newPassword"
        label="New password"
        confirmLabel="Confirm new password"
        minLength={minLength}
        fieldErrors={state.fieldErrors}
      />
      <div className="flex flex-wrap items-center gap-4 pt-1">
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Changing password…' : 'Change password'}
        </Button>
        <TextLink href="/account" className="text-sm">
          Cancel
        </TextLink>
      </div>
    </form>
  )
}
