'use client'

import { useActionState, useEffect, useRef, useState } from 'react'

import { Notice } from '@/components/ui/notice'
import { Button } from '@/components/ui/button'
import type { FormState } from '@/lib/auth/form-action'
import { cn } from '@/lib/cn'
import type { Stance } from '@/lib/generated/prisma/enums'
import { MAX_POSITION_TEXT, stanceLabels, stances } from '@/lib/positions/position-schemas'

import { Field } from '@/components/ui/field'

import { ConflictText } from './draft-field'
import type { DraftSnapshot } from './position-labels'
import { PositionText } from './position-text'

/** A refused save names the draft that beat it, so both texts can be shown side by side. */
export type PositionDraftFormState = FormState & { conflict?: DraftSnapshot }

type PositionDraftFormProps = {
  action: (previous: PositionDraftFormState, formData: FormData) => Promise<PositionDraftFormState>
  itemCode: string
  /** The draft as the page was rendered, or null before the first save. */
  draft: DraftSnapshot | null
}

function isStance(value: string | undefined): value is Stance {
  return (stances as readonly string[]).includes(value ?? '')
}

export function PositionDraftForm({ action, itemCode, draft }: PositionDraftFormProps) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })
  // The form shows what it was opened with until a save answers; after that, what the answer says.
  // Freezing the first values keeps the text and the version it is based on together even when the
  // page re-renders with a newer draft (after a share, say): saving then conflicts instead of overwriting.
  const [opened] = useState<Record<string, string>>(() => ({
    stance: draft?.stance ?? 'no_position',
    rationale: draft?.rationale ?? '',
    proposedWording: draft?.proposedWording ?? '',
    baseVersion: draft ? String(draft.version) : '',
  }))
  const values = state.values ?? opened
  const stance = isStance(values.stance) ? values.stance : 'no_position'
  const formRef = useRef<HTMLFormElement>(null)

  // After a refused save, take the person to the first field to correct.
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
              Compare the two texts below, merge what you want to keep into the form, and save again. Saving replaces version{' '}
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
            <PositionText
              className="mt-3"
              stance={state.conflict.stance}
              rationale={state.conflict.rationale}
              proposedWording={state.conflict.proposedWording}
            />
          </ConflictText>
          <ConflictText title="Your text">
            <p className="text-xs text-slate-600">Not saved yet: it is still in the form below.</p>
            <PositionText
              className="mt-3"
              stance={stance}
              rationale={values.rationale ?? ''}
              proposedWording={values.proposedWording || null}
            />
          </ConflictText>
        </div>
      ) : null}

      {/* React resets the form after each answer to the defaults below: what the answer says, so nothing typed is lost. */}
      <form ref={formRef} action={formAction} noValidate className="max-w-3xl space-y-5">
        <input type="hidden" name="itemCode" value={itemCode} />
        <input type="hidden" name="baseVersion" value={values.baseVersion ?? ''} />

        <Field idPrefix="position" name="stance" label="Stance" errors={state.fieldErrors?.stance}>
          {(props) => (
            // Keyed by the value so a new default is applied: React sets a select's default only when it mounts.
            <select key={stance} defaultValue={stance} {...props} className={cn(props.className, 'h-11 sm:h-10')}>
              {stances.map((option) => (
                <option key={option} value={option}>
                  {stanceLabels[option]}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field
          idPrefix="position"
          name="rationale"
          label="Rationale"
          hint="Why your delegation takes this stance. Only your delegation sees the draft."
          errors={state.fieldErrors?.rationale}
        >
          {(props) => (
            <textarea
              rows={6}
              maxLength={MAX_POSITION_TEXT}
              defaultValue={values.rationale ?? ''}
              {...props}
              className={cn(props.className, 'py-2')}
            />
          )}
        </Field>

        <Field
          idPrefix="position"
          name="proposedWording"
          label="Proposed wording (optional)"
          hint="Text your delegation would like to see in the Compact."
          errors={state.fieldErrors?.proposedWording}
        >
          {(props) => (
            <textarea
              rows={4}
              maxLength={MAX_POSITION_TEXT}
              defaultValue={values.proposedWording ?? ''}
              {...props}
              className={cn(props.className, 'py-2')}
            />
          )}
        </Field>

        {state.fieldErrors?.baseVersion || state.fieldErrors?.itemCode ? (
          <p className="text-sm font-medium text-red-700">
            {[...(state.fieldErrors.baseVersion ?? []), ...(state.fieldErrors.itemCode ?? [])].join(' ')}
          </p>
        ) : null}

        <Button type="submit" disabled={isPending}>
          {isPending ? 'Saving…' : 'Save draft'}
        </Button>
      </form>
    </div>
  )
}
