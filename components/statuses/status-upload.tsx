'use client'

import { useActionState, useRef, useState, type FormEvent } from 'react'

import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Notice } from '@/components/ui/notice'
import { useAnswerFocus } from '@/components/ui/use-answer-focus'
import {
  MAX_STATUS_FILE_BYTES,
  type StatusChangeInput,
  type StatusConfirmState,
  type StatusUploadState,
} from '@/lib/statuses/status-upload-schemas'

import { StatusUploadPreviewView } from './status-upload-preview'

type Action<State> = (previous: State, formData: FormData) => Promise<State>

const tooBig = `This file is over ${MAX_STATUS_FILE_BYTES / 1024 / 1024} MB: it is not the statuses spreadsheet.`

function statuses(count: number): string {
  return `${count} ${count === 1 ? 'status' : 'statuses'}`
}

/** The confirmation of one preview: it sends back the previewed changes, and says what was saved. */
function ConfirmChanges({ changes, action }: { changes: StatusChangeInput[]; action: Action<StatusConfirmState> }) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })
  const formRef = useRef<HTMLFormElement>(null)
  const answerRef = useAnswerFocus(state, formRef)
  const result = state.result
  if (result && !isPending) {
    return (
      <div className="mt-6 space-y-3">
        <Notice tone="success" ref={answerRef}>
          {state.message}
        </Notice>
        {result.conflicts.length > 0 ? (
          <Notice tone="error">
            {statuses(result.conflicts.length)} changed in the app after the preview and {result.conflicts.length === 1 ? 'was' : 'were'}{' '}
            not saved: {result.conflicts.join(', ')}. Download the spreadsheet again to see them.
          </Notice>
        ) : null}
      </div>
    )
  }
  return (
    <form ref={formRef} action={formAction} className="mt-6 space-y-3">
      {!isPending && state.formError ? (
        <Notice tone="error" ref={answerRef}>
          {state.formError}
        </Notice>
      ) : null}
      <input type="hidden" name="changes" value={JSON.stringify(changes)} />
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : `Save ${changes.length === 1 ? 'this change' : `these ${changes.length} changes`}`}
      </Button>
    </form>
  )
}

/**
 * The upload of an edited statuses spreadsheet: the file goes to the server,
 * which answers with a preview and writes nothing; the changes are saved
 * only when the person confirms them.
 */
export function StatusUpload({
  previewAction,
  confirmAction,
}: {
  previewAction: Action<StatusUploadState>
  confirmAction: Action<StatusConfirmState>
}) {
  const [state, formAction, isPending] = useActionState(previewAction, { ok: false })
  const [sizeError, setSizeError] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const answerRef = useAnswerFocus(state, formRef)
  const preview = !isPending && state.ok ? state.preview : undefined
  const fileErrors = sizeError ? [sizeError] : isPending ? undefined : state.fieldErrors?.file

  // Checked before sending, so a large file is refused at once rather than after its upload.
  function checkSize(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get('file')
    const error = file instanceof File && file.size > MAX_STATUS_FILE_BYTES ? tooBig : null
    setSizeError(error)
    if (!error) return
    event.preventDefault()
    event.currentTarget.querySelector<HTMLInputElement>('input[type="file"]')?.focus()
  }

  return (
    <div className="mt-4">
      <form ref={formRef} action={formAction} onSubmit={checkSize} noValidate className="max-w-xl space-y-4">
        {!isPending && !sizeError && state.formError && !state.fieldErrors ? (
          <Notice tone="error" ref={answerRef}>
            {state.formError}
          </Notice>
        ) : null}
        <Field
          name="file"
          idPrefix="status-upload"
          label="Edited spreadsheet (.xlsx)"
          hint="The file you downloaded above, saved as .xlsx; at most 2 MB."
          errors={fileErrors}
        >
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className={`${control.className} py-2`}
            />
          )}
        </Field>
        <Button type="submit" variant="secondary" disabled={isPending}>
          {isPending ? 'Reading the file…' : 'Preview changes'}
        </Button>
      </form>

      {preview ? (
        <div className="mt-8 border-t border-slate-200 pt-6">
          <Notice tone="info" ref={answerRef}>
            {state.message}
          </Notice>
          <div className="mt-4">
            <StatusUploadPreviewView preview={preview} />
          </div>
          {preview.changes.length > 0 ? (
            <ConfirmChanges
              // A new upload is a new confirmation: its answer does not carry over.
              key={JSON.stringify(preview.changes.map(({ input }) => input))}
              changes={preview.changes.map(({ input }) => input)}
              action={confirmAction}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
