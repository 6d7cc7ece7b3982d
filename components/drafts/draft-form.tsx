'use client'

import { useRef, useState } from 'react'

import { useFormActionState } from '@/components/ui/use-form-action-state'
import { Notice } from '@/components/ui/notice'
import { Button } from '@/components/ui/button'
import { useAnswerFocus } from '@/components/ui/use-answer-focus'
import type { DraftFormState, DraftSnapshot } from '@/lib/drafts/draft-snapshot'

import { DraftConflict } from './draft-conflict'
import { DraftFields } from './draft-fields'
import type { DraftView } from './draft-view'

export type DraftFormProps<Content> = {
  view: DraftView<Content>
  action: (previous: DraftFormState<Content>, formData: FormData) => Promise<DraftFormState<Content>>
  itemCode: string
  /** The draft as the page was rendered, or null before the first save. */
  draft: DraftSnapshot<Content> | null
}

/**
 * The shell of every draft form: the version the person started from, the
 * answer of a save, and the conflict view when someone saved in between. The
 * kind's view gives only its fields.
 */
export function DraftForm<Content>({ view, action, itemCode, draft }: DraftFormProps<Content>) {
  const [state, formAction, isPending] = useFormActionState(action)
  // The form shows what it was opened with until a save answers; after that, what the answer says.
  // Freezing the first values keeps the text and the version it is based on together even when the
  // page re-renders with a newer draft (after a share, say): saving then conflicts instead of overwriting.
  const [opened] = useState<Record<string, string>>(() => ({
    ...view.form.formValues(draft),
    baseVersion: draft ? String(draft.version) : '',
  }))
  const values = state.values ?? opened
  const formRef = useRef<HTMLFormElement>(null)
  const answerRef = useAnswerFocus(state, formRef)

  const formErrors = [...(state.fieldErrors?.baseVersion ?? []), ...(state.fieldErrors?.itemCode ?? [])]
  return (
    <div className="space-y-6">
      {!isPending && state.formError ? (
        <Notice tone="error" ref={answerRef}>
          <p className="font-semibold">{state.formError}</p>
          {state.conflict ? (
            <p className="mt-1">
              Compare the two versions below, merge what you want to keep into the form, and save again. Saving replaces version{' '}
              {state.conflict.version}.
            </p>
          ) : null}
        </Notice>
      ) : null}
      {!isPending && state.ok && state.message ? (
        <Notice tone="success" ref={answerRef}>
          {state.message}
        </Notice>
      ) : null}

      {state.conflict ? (
        <DraftConflict
          theirs={state.conflict}
          yours={view.form.contentOf(values)}
          render={(content) => view.content(content, { itemText: '', className: 'mt-3' })}
        />
      ) : null}

      {/* React resets the form after each answer to the defaults the fields are given: what the answer says, so nothing typed is lost. */}
      <form ref={formRef} action={formAction} noValidate className="max-w-3xl space-y-5">
        <input type="hidden" name="itemCode" value={itemCode} />
        <input type="hidden" name="baseVersion" value={values.baseVersion ?? ''} />
        <DraftFields idPrefix={view.idPrefix} fields={view.form.fields} values={values} fieldErrors={state.fieldErrors} />
        {formErrors.length > 0 ? <p className="text-sm font-medium text-red-700">{formErrors.join(' ')}</p> : null}
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Saving…' : view.form.submitLabel}
        </Button>
      </form>
    </div>
  )
}
