'use client'

/**
 * The review's forms: the decision buttons and one text form (a question, a
 * note, an answer). After the server answers, focus moves to the message, so
 * a keyboard user hears what happened and carries on from there.
 */
import { useActionState, useRef } from 'react'

import { Button } from '@/components/ui/button'
import { TextAreaField } from '@/components/ui/form-fields'
import { FormAnswer } from '@/components/ui/form-answer'
import type { FormState } from '@/lib/auth/form-action'
import type { ReviewState } from '@/lib/generated/prisma/enums'
import { decidableStates, reviewStateLabels } from '@/lib/review/review-states'
import { MAX_REVIEW_TEXT } from '@/lib/review/review-schemas'

type Action = (previous: FormState, formData: FormData) => Promise<FormState>

function Hidden({ fields }: { fields: Record<string, string | number> }) {
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)
}

type DecisionFormProps = { action: Action; input: { kind: string; inputId: string; version: number }; state: ReviewState }

/** One button per state a reviewer sets; the current one is shown, not offered. */
export function ReviewDecisionForm({ action, input, state }: DecisionFormProps) {
  const [result, formAction, isPending] = useActionState(action, { ok: false })
  const form = useRef<HTMLFormElement>(null)
  return (
    <form ref={form} action={formAction} className="space-y-3">
      <FormAnswer state={result} isPending={isPending} form={form} />
      <Hidden fields={input} />
      <div className="flex flex-wrap gap-2">
        {decidableStates
          .filter((option) => option !== state)
          .map((option) => (
            <Button
              key={option}
              type="submit"
              name="state"
              value={option}
              variant={option === 'not_reviewed' ? 'ghost' : 'secondary'}
              disabled={isPending}
            >
              {option === 'not_reviewed' ? 'Back to not reviewed' : option === 'reviewed' ? 'Mark reviewed' : 'Include in the contribution'}
            </Button>
          ))}
      </div>
      <p className="text-sm text-slate-600">
        Now: {reviewStateLabels[state]}. The decision applies to version {input.version}; a new share starts again at not reviewed.
      </p>
    </form>
  )
}

type TextFormProps = {
  action: Action
  hidden: Record<string, string | number>
  idPrefix: string
  name: string
  label: string
  hint?: string
  submitLabel: string
  pendingLabel: string
}

/** A text and a button: a clarification question, a reviewer's note, an answer in a thread. The text is kept when the server refuses it. */
export function ReviewTextForm({ action, hidden, idPrefix, name, label, hint, submitLabel, pendingLabel }: TextFormProps) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })
  // React empties the form after every action; after a refusal the box gets back what was typed.
  const value = state.ok ? '' : (state.values?.[name] ?? '')
  const form = useRef<HTMLFormElement>(null)
  return (
    <form ref={form} action={formAction} noValidate className="space-y-3">
      <FormAnswer state={state} isPending={isPending} form={form} />
      <Hidden fields={hidden} />
      <TextAreaField
        key={value}
        idPrefix={idPrefix}
        name={name}
        label={label}
        hint={hint}
        rows={3}
        maxLength={MAX_REVIEW_TEXT}
        errors={state.fieldErrors?.[name]}
        value={value}
      />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? pendingLabel : submitLabel}
      </Button>
    </form>
  )
}
