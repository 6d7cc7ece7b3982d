'use client'

import { useActionState } from 'react'

import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'

import { TextField } from './text-field'
import type { FormState } from '@/lib/auth/form-action'

type SignInFormProps = {
  /** The server action; passed in so the form also works before JavaScript loads. */
  action: (previous: FormState, formData: FormData) => Promise<FormState>
  /** Where the person was going; the action checks it stays on this site. */
  callbackUrl: string
  /** The address to start with: the one an invitation was accepted at. */
  email?: string
}

export function SignInForm({ action, callbackUrl, email }: SignInFormProps) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })

  return (
    // Server-side messages replace the browser's own, which screen readers handle unevenly.
    <form action={formAction} noValidate className="space-y-5">
      {/* Hidden while a new attempt runs, so the same message is announced again when it comes back. */}
      {state.formError && !isPending ? <Notice tone="error">{state.formError}</Notice> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? email}
        errors={state.fieldErrors?.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <Button type="submit" size="lg" disabled={isPending} className="w-full">
        {isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  )
}
