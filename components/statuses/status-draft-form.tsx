'use client'

import { useActionState, useEffect, useRef, useState } from 'react'

import { Notice } from '@/components/ui/notice'
import { ConflictText } from '@/components/positions/draft-field'
import { Field } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import type { FormState } from '@/lib/auth/form-action'
import { cn } from '@/lib/cn'
import type { ImplementationState } from '@/lib/generated/prisma/enums'
import { implementationStateLabels, implementationStates, MAX_EVIDENCE_TEXT, MAX_LINKS } from '@/lib/statuses/status-schemas'

import type { StatusSnapshot } from './status-labels'
import { StatusText } from './status-text'

/** A refused save names the status that beat it, so both can be shown side by side. */
export type StatusDraftFormState = FormState & { conflict?: StatusSnapshot }

type StatusDraftFormProps = {
  action: (previous: StatusDraftFormState, formData: FormData) => Promise<StatusDraftFormState>
  itemCode: string
  /** The status as the page was rendered, or null before the first save. */
  status: StatusSnapshot | null
}

function isState(value: string | undefined): value is ImplementationState {
  return (implementationStates as readonly string[]).includes(value ?? '')
}

/** The links box's lines, as the conflict view shows them. */
function linkLines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

export function StatusDraftForm({ action, itemCode, status }: StatusDraftFormProps) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })
  // Frozen at first render, as in the position form: the text and the version it is based on stay together.
  const [opened] = useState<Record<string, string>>(() => ({
    state: status?.state ?? 'not_started',
    evidence: status?.evidence ?? '',
    links: status?.links.join('\n') ?? '',
    asOf: status?.asOf ?? '',
    baseVersion: status ? String(status.version) : '',
  }))
  const values = state.values ?? opened
  const selected = isState(values.state) ? values.state : 'not_started'
  const formRef = useRef<HTMLFormElement>(null)

  useEffect(() => {
    if (state.fieldErrors) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [state])

  return (
    <div className="space-y-6">
      {!isPending && state.formError ? (
        <Notice tone="error">
          <p className="font-semibold">{state.formError}</p>
          {state.conflict ? (
            <p className="mt-1">
              Compare the two below, merge what you want to keep into the form, and save again. Saving replaces version{' '}
              {state.conflict.version}.
            </p>
          ) : null}
        </Notice>
      ) : null}
      {!isPending && state.ok && state.message ? <Notice tone="success">{state.message}</Notice> : null}

      {state.conflict ? (
        <div className="grid gap-4 md:grid-cols-2">
          <ConflictText title={`Their version (version ${state.conflict.version})`}>
            <p className="text-xs text-slate-600">
              Saved by {state.conflict.savedBy} on {state.conflict.savedAt}
            </p>
            <StatusText
              className="mt-3"
              state={state.conflict.state}
              evidence={state.conflict.evidence}
              links={state.conflict.links}
              asOf={state.conflict.asOf}
            />
          </ConflictText>
          <ConflictText title="Your text">
            <p className="text-xs text-slate-600">Not saved yet: it is still in the form below.</p>
            <StatusText
              className="mt-3"
              state={selected}
              evidence={values.evidence ?? ''}
              links={linkLines(values.links)}
              asOf={/^\d{4}-\d{2}-\d{2}$/.test(values.asOf ?? '') ? (values.asOf ?? null) : null}
            />
          </ConflictText>
        </div>
      ) : null}

      <form ref={formRef} action={formAction} noValidate className="max-w-3xl space-y-5">
        <input type="hidden" name="itemCode" value={itemCode} />
        <input type="hidden" name="baseVersion" value={values.baseVersion ?? ''} />

        <div className="grid gap-5 sm:grid-cols-2">
          <Field idPrefix="status" name="state" label="State" errors={state.fieldErrors?.state}>
            {(props) => (
              // Keyed by the value so a new default is applied: React sets a select's default only when it mounts.
              <select key={selected} defaultValue={selected} {...props} className={cn(props.className, 'h-11 sm:h-10')}>
                {implementationStates.map((option) => (
                  <option key={option} value={option}>
                    {implementationStateLabels[option]}
                  </option>
                ))}
              </select>
            )}
          </Field>

          <Field
            idPrefix="status"
            name="asOf"
            label="As of (optional)"
            hint="The date this status describes."
            errors={state.fieldErrors?.asOf}
          >
            {(props) => (
              <input
                type="date"
                key={values.asOf}
                defaultValue={values.asOf ?? ''}
                {...props}
                className={cn(props.className, 'h-11 sm:h-10')}
              />
            )}
          </Field>
        </div>

        <Field
          idPrefix="status"
          name="evidence"
          label="Evidence"
          hint="What your delegation already does: laws, programmes, budgets. Only your delegation sees the draft."
          errors={state.fieldErrors?.evidence}
        >
          {(props) => (
            <textarea
              rows={5}
              maxLength={MAX_EVIDENCE_TEXT}
              defaultValue={values.evidence ?? ''}
              {...props}
              className={cn(props.className, 'py-2')}
            />
          )}
        </Field>

        <Field
          idPrefix="status"
          name="links"
          label="Links (optional)"
          hint={`One web address per line, starting with https:// or http://; at most ${MAX_LINKS}.`}
          errors={state.fieldErrors?.links}
        >
          {(props) => <textarea rows={3} defaultValue={values.links ?? ''} {...props} className={cn(props.className, 'py-2 font-mono')} />}
        </Field>

        {state.fieldErrors?.baseVersion || state.fieldErrors?.itemCode ? (
          <p className="text-sm font-medium text-red-700">
            {[...(state.fieldErrors.baseVersion ?? []), ...(state.fieldErrors.itemCode ?? [])].join(' ')}
          </p>
        ) : null}

        <Button type="submit" disabled={isPending}>
          {isPending ? 'Saving…' : 'Save status'}
        </Button>
      </form>
    </div>
  )
}
