'use client'

import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react'

import { Notice } from '@/components/auth/notice'
import { Button } from '@/components/ui/button'
import type { DraftFormState, DraftSnapshot } from '@/lib/drafts/draft-snapshot'

import { DraftConflict } from './draft-conflict'

type DraftFormProps<Content> = {
  action: (previous: DraftFormState<Content>, formData: FormData) => Promise<DraftFormState<Content>>
  itemCode: string
  /** The draft as the page was rendered, or null before the first save. */
  draft: DraftSnapshot<Content> | null
  /** The content as the form's fields hold it (a new draft's defaults for null). */
  formValues: (content: Content | null) => Record<string, string>
  /** What the fields hold, read back as content, to show beside a conflicting version. */
  contentOf: (values: Record<string, string>) => Content
  /** The content, as the conflict view shows both sides. */
  render: (content: Content) => ReactNode
  /** The kind's own fields, given what they should hold and the server's messages for them. */
  fields: (values: Record<string, string>, fieldErrors: Record<string, string[]> | undefined) => ReactNode
  submitLabel: string
}

/**
 * The shell of every draft form: the version the person started from, the
 * answer of a save, and the conflict view when someone saved in between. The
 * kind's form gives only its fields.
 */
export function DraftForm<Content>({
  action,
  itemCode,
  draft,
  formValues,
  contentOf,
  render,
  fields,
  submitLabel,
}: DraftFormProps<Content>) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })
  // The form shows what it was opened with until a save answers; after that, what the answer says.
  // Freezing the first values keeps the text and the version it is based on together even when the
  // page re-renders with a newer draft (after a share, say): saving then conflicts instead of overwriting.
  const [opened] = useState<Record<string, string>>(() => ({ ...formValues(draft), baseVersion: draft ? String(draft.version) : '' }))
  const values = state.values ?? opened
  const formRef = useRef<HTMLFormElement>(null)

  // After a refused save, take the person to the first field to correct.
  useEffect(() => {
    if (state.fieldErrors) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [state])

  const formErrors = [...(state.fieldErrors?.baseVersion ?? []), ...(state.fieldErrors?.itemCode ?? [])]
  return (
    <div className="space-y-6">
      {!isPending && state.formError ? (
        <Notice tone="error">
          <p className="font-semibold">{state.formError}</p>
          {state.conflict ? (
            <p className="mt-1">
              Compare the two versions below, merge what you want to keep into the form, and save again. Saving replaces version{' '}
              {state.conflict.version}.
            </p>
          ) : null}
        </Notice>
      ) : null}
      {!isPending && state.ok && state.message ? <Notice tone="success">{state.message}</Notice> : null}

      {state.conflict ? <DraftConflict theirs={state.conflict} yours={contentOf(values)} render={render} /> : null}

      {/* React resets the form after each answer to the defaults the fields are given: what the answer says, so nothing typed is lost. */}
      <form ref={formRef} action={formAction} noValidate className="max-w-3xl space-y-5">
        <input type="hidden" name="itemCode" value={itemCode} />
        <input type="hidden" name="baseVersion" value={values.baseVersion ?? ''} />
        {fields(values, state.fieldErrors)}
        {formErrors.length > 0 ? <p className="text-sm font-medium text-red-700">{formErrors.join(' ')}</p> : null}
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Saving…' : submitLabel}
        </Button>
      </form>
    </div>
  )
}
