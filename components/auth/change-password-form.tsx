'use client'

import Link from 'next/link'
import { useActionState } from 'react'

import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/auth/text-field'
import { Button } from '@/components/ui/button'
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
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${minLength} characters. A few unrelated words make a long password that is easy to remember.`}
        required
        errors={state.fieldErrors?.newPassword}
      />
      <TextField
        name="confirmPassword"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.confirmPassword}
      />
      <div className="flex flex-wrap items-center gap-4 pt-1">
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Changing password…' : 'Change password'}
        </Button>
        <Link
          href="/account"
          className="rounded-sm text-sm font-medium text-primary-800 underline underline-offset-4 hover:text-primary-950"
        >
          Cancel
        </Link>
      </div>
    </form>
  )
}
