'use client'

import { useActionState, useEffect, useRef, type ReactNode } from 'react'

import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/auth/text-field'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import type { InvitationFormState, MailOutcome } from '@/lib/accounts/account-form-actions'
import { cn } from '@/lib/cn'

import { InvitationLink } from './invitation-link'

export type InvitationChoices = {
  /** Roles to choose from; without them the form invites delegates only. */
  roles?: { value: string; label: string }[]
  /** Delegations grouped by kind; without them the server uses the inviter's own delegation. */
  delegationGroups?: { label: string; delegations: { code: string; name: string }[] }[]
}

type InvitationFormProps = InvitationChoices & {
  action: (previous: InvitationFormState, formData: FormData) => Promise<InvitationFormState>
  submitLabel: string
}

const mailNotes: Record<MailOutcome, (email: string) => string> = {
  sent: (email) => `It was emailed to ${email}; you can also send this link yourself.`,
  queued: (email) => `There is no mail server: send this link to ${email} yourself.`,
  failed: (email) => `Sending the email failed: send this link to ${email} yourself.`,
}

export function InvitationForm({ action, submitLabel, roles, delegationGroups }: InvitationFormProps) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })
  const formRef = useRef<HTMLFormElement>(null)
  // After a success the fields start empty for the next invitation.
  const values = state.ok ? {} : (state.values ?? {})
  const invitation = state.ok ? state.invitation : undefined

  // After a refused submission, take the person to the first field to correct.
  useEffect(() => {
    if (state.fieldErrors) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [state])

  return (
    <div className="space-y-6">
      {/* React resets the form after each answer, to the defaults below: what was typed after an error, empty after a success. */}
      <form ref={formRef} action={formAction} noValidate className="space-y-5">
        {state.formError && !isPending ? <Notice tone="error">{state.formError}</Notice> : null}

        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="email"
            label="Email address"
            type="email"
            autoComplete="off"
            required
            defaultValue={values.email ?? ''}
            errors={state.fieldErrors?.email}
          />
          <TextField
            name="name"
            label="Name"
            autoComplete="off"
            required
            defaultValue={values.name ?? ''}
            errors={state.fieldErrors?.name}
          />

          {roles ? (
            <SelectField
              name="role"
              label="Role"
              hint="What the person may do."
              defaultValue={values.role ?? roles[0]?.value ?? ''}
              errors={state.fieldErrors?.role}
            >
              {roles.map((role) => (
                <option key={role.value} value={role.value}>
                  {role.label}
                </option>
              ))}
            </SelectField>
          ) : (
            // The only role a focal point may give; the server refuses any other.
            <input type="hidden" name="role" value="delegate" />
          )}

          {delegationGroups ? (
            <SelectField
              name="delegationCode"
              label="Delegation"
              hint="Not needed for administrators."
              defaultValue={values.delegationCode ?? ''}
              errors={state.fieldErrors?.delegationCode}
            >
              <option value="">None</option>
              {delegationGroups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.delegations.map((delegation) => (
                    <option key={delegation.code} value={delegation.code}>
                      {delegation.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </SelectField>
          ) : null}
        </div>

        <Button type="submit" disabled={isPending}>
          {isPending ? 'Creating the invitation…' : submitLabel}
        </Button>
      </form>

      <div
        className={cn(invitation && 'rounded-card border border-l-4 border-emerald-200 border-l-emerald-700 bg-emerald-50/60 p-4 sm:p-5')}
      >
        {/* Always present, so screen readers announce the result when it appears. */}
        <div role="status" className="break-words">
          {invitation ? (
            <>
              <p className="font-semibold text-slate-900">Invitation created for {invitation.email}</p>
              <p className="mt-1 text-sm/6 text-slate-800">
                {mailNotes[invitation.mail](invitation.email)} It works once and expires on {invitation.expiresOn}.
              </p>
            </>
          ) : null}
        </div>
        {invitation ? (
          <div className="mt-4">
            <InvitationLink link={invitation.link} />
          </div>
        ) : null}
      </div>
    </div>
  )
}

type SelectFieldProps = {
  name: string
  label: string
  hint?: string
  defaultValue: string
  errors?: string[]
  children: ReactNode
}

/** A labelled select laid out like every field (see Field). */
function SelectField({ name, label, hint, defaultValue, errors, children }: SelectFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {({ className, ...control }) => (
        <select {...control} defaultValue={defaultValue} className={cn(className, 'h-11 sm:h-10')}>
          {children}
        </select>
      )}
    </Field>
  )
}
