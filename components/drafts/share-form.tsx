'use client'

import { useRef, useState, type FormEvent } from 'react'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { useFormActionState } from '@/components/ui/use-form-action-state'
import { Notice } from '@/components/ui/notice'
import { useAnswerFocus } from '@/components/ui/use-answer-focus'
import type { FormState } from '@/lib/auth/form-action'
import { cn } from '@/lib/cn'
import { shareVisibilities } from '@/lib/drafts/draft-schemas'
import type { Visibility } from '@/lib/generated/prisma/enums'
import { visibilityLabels } from '@/lib/visibility/labels'

type ShareFormProps = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>
  itemCode: string
  /** The draft version on the page: the server refuses to share another one, so nobody shares text they have not read. */
  version: number
  /** The level the current share reaches, or null when nothing is shared: the form starts there, so sharing again changes nothing by accident. */
  currentVisibility: Visibility | null
  /** Keeps the control's id unique: an item page has a share form for the position and one for the implementation status. */
  idPrefix: string
}

/** Who stops seeing a share when it is narrowed from one level to another. */
function audienceLost(from: Visibility, to: Visibility): string {
  const lost = shareVisibilities.slice(shareVisibilities.indexOf(to) + 1, shareVisibilities.indexOf(from) + 1)
  return lost.map((level) => (level === 'delegation_and_secretariat' ? 'the secretariat' : 'the other delegations')).join(' and ')
}

function isVisibility(value: unknown): value is Visibility {
  return (shareVisibilities as readonly unknown[]).includes(value)
}

/**
 * A focal point's form to share the draft version on the page, for whatever
 * the draft records. Sharing at a narrower level than the current one
 * withdraws the share from people who see it now, so it asks first.
 */
export function ShareForm({ action, itemCode, version, currentVisibility, idPrefix }: ShareFormProps) {
  const [state, formAction, isPending] = useFormActionState(action)
  const [withdrawal, setWithdrawal] = useState<{ from: Visibility; to: Visibility } | null>(null)
  const isConfirmed = useRef(false)
  const formRef = useRef<HTMLFormElement>(null)
  const answerRef = useAnswerFocus(state, formRef)
  const errors = state.fieldErrors?.visibility
  const selected = state.values?.visibility ?? currentVisibility ?? shareVisibilities[0]

  function confirmWithdrawal(event: FormEvent<HTMLFormElement>) {
    const chosen = new FormData(event.currentTarget).get('visibility')
    if (isConfirmed.current || !currentVisibility || !isVisibility(chosen)) return
    if (shareVisibilities.indexOf(chosen) < shareVisibilities.indexOf(currentVisibility)) {
      event.preventDefault()
      setWithdrawal({ from: currentVisibility, to: chosen })
    }
  }

  return (
    <form
      ref={formRef}
      action={(formData) => {
        isConfirmed.current = false
        setWithdrawal(null)
        formAction(formData)
      }}
      onSubmit={confirmWithdrawal}
      noValidate
      className="space-y-4"
    >
      {!isPending && state.formError ? (
        <Notice tone="error" ref={answerRef}>
          {state.formError}
        </Notice>
      ) : null}
      {!isPending && state.ok && state.message ? (
        <Notice tone="success" ref={answerRef}>
          {state.message}
        </Notice>
      ) : null}
      <input type="hidden" name="itemCode" value={itemCode} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="min-w-0 sm:w-72">
          <Field idPrefix={`${idPrefix}-share`} name="visibility" label="Share with" errors={errors}>
            {({ className, ...control }) => (
              // Keyed by the default so React applies a new one: it sets a select's default only when it mounts.
              <select key={selected} {...control} defaultValue={selected} className={cn(className, 'h-11 sm:h-10')}>
                {shareVisibilities.map((level) => (
                  <option key={level} value={level}>
                    {visibilityLabels[level]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={isPending || withdrawal !== null}>
          {isPending ? 'Sharing…' : `Share version ${version}`}
        </Button>
      </div>
      {withdrawal ? (
        <div
          role="alertdialog"
          aria-labelledby={`${idPrefix}-withdraw-title`}
          className="rounded-card border border-amber-300 bg-amber-50 p-4 text-sm/6"
        >
          <p id={`${idPrefix}-withdraw-title`} className="font-semibold text-amber-950">
            Withdraw the share from {audienceLost(withdrawal.from, withdrawal.to)}?
          </p>
          <p className="mt-1 text-amber-950">
            It is shared with {visibilityLabels[withdrawal.from].toLowerCase()} now. Sharing with{' '}
            {visibilityLabels[withdrawal.to].toLowerCase()} means {audienceLost(withdrawal.from, withdrawal.to)} will no longer see it.
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button
              type="button"
              onClick={() => {
                isConfirmed.current = true
                formRef.current?.requestSubmit()
              }}
            >
              Withdraw and share version {version}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setWithdrawal(null)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
    </form>
  )
}
