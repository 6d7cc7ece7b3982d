'use client'

import { useEffect, useId, useRef, useState } from 'react'

import { useFormActionState } from '@/components/ui/use-form-action-state'
import { Notice } from '@/components/ui/notice'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/cn'
import { MAX_COMMENT_BODY } from '@/lib/comments/comment-schemas'
import { visibilityLabels } from '@/lib/visibility/labels'
import type { Visibility } from '@/lib/generated/prisma/enums'

import type { CommentFormState, MentionCandidate } from './comment-types'

export type CommentAction = (previous: CommentFormState, formData: FormData) => Promise<CommentFormState>

type CommentFormProps = {
  action: CommentAction
  itemCode: string
  /** A new thread, a reply (parentId) or an edit (commentId + baseVersion + body). */
  mode: { kind: 'new' } | { kind: 'reply'; parentId: string } | { kind: 'edit'; commentId: string; baseVersion: number; body: string }
  /** The levels offered, narrowest first; an edit keeps the comment's level. */
  visibilities: Visibility[]
  /** The delegation code of the conversation the comment is in, for whom a mention would reach. */
  conversation: string
  /** Offered only at the levels at which they would read the comment in this conversation. */
  mentionCandidates: MentionCandidate[]
  submitLabel: string
  /** Called with each answer that saved something, so the thread shows it at once. */
  onSaved?: (state: CommentFormState) => void
  onCancel?: () => void
}

const controlClasses =
  'mt-1.5 block w-full min-w-0 rounded-ui border bg-white px-3 text-base text-slate-900 shadow-xs focus-visible:border-focus sm:text-sm'
const invalidClasses = 'border-red-600 ring-1 ring-red-600'

export function CommentForm({
  action,
  itemCode,
  mode,
  visibilities,
  conversation,
  mentionCandidates,
  submitLabel,
  onSaved,
  onCancel,
}: CommentFormProps) {
  const [state, formAction, isPending] = useFormActionState(action)
  const id = useId()
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const [opened] = useState(() => ({
    body: mode.kind === 'edit' ? mode.body : '',
    // The narrowest level offered: widening is a choice, never a default.
    visibility: visibilities[0] ?? '',
    baseVersion: mode.kind === 'edit' ? String(mode.baseVersion) : '',
  }))
  // After an answer the form shows what it says: the person's text on an error, an empty box after a new comment.
  const values = state.values ?? opened
  const bodyErrors = state.fieldErrors?.body
  // The level chosen in the select; the picker offers only the people who read the comment at it.
  const [chosenVisibility, setChosenVisibility] = useState(values.visibility)
  const readers = mentionCandidates.filter((candidate) =>
    candidate.readsAt[conversation]?.some((visibility) => visibility === chosenVisibility),
  )
  const visibilityErrors = state.fieldErrors?.visibility

  useEffect(() => {
    if (state.ok) onSaved?.(state)
    if (state.fieldErrors) bodyRef.current?.form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
    // onSaved is a fresh function on each render of the thread; only a new answer matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state])

  function mention(email: string) {
    const box = bodyRef.current
    if (!box) return
    const at = box.selectionStart ?? box.value.length
    const before = box.value.slice(0, at)
    const insert = `${before && !/\s$/.test(before) ? ' ' : ''}@${email} `
    box.setRangeText(insert, at, box.selectionEnd ?? at, 'end')
    box.focus()
  }

  return (
    <form action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="itemCode" value={itemCode} />
      {mode.kind === 'reply' ? <input type="hidden" name="parentId" value={mode.parentId} /> : null}
      {mode.kind === 'edit' ? (
        <>
          <input type="hidden" name="commentId" value={mode.commentId} />
          <input type="hidden" name="baseVersion" value={values.baseVersion ?? ''} />
        </>
      ) : null}

      {!isPending && state.formError ? <Notice tone="error">{state.formError}</Notice> : null}
      {!isPending && state.conflict ? (
        <div className="rounded-card border border-slate-300 bg-slate-50 p-4 text-sm">
          <p className="font-semibold text-slate-900">The current text (version {state.conflict.version})</p>
          <p className="mt-1 text-slate-700">Your text is still in the box below; saving again replaces this one.</p>
          <pre className="mt-2 font-sans whitespace-pre-wrap text-slate-900">{state.conflict.body ?? 'Comment deleted'}</pre>
        </div>
      ) : null}
      {!isPending && state.ok && state.message ? <Notice tone="success">{state.message}</Notice> : null}
      {!isPending && state.notReached?.length ? (
        <Notice tone="info">
          <ul>
            {state.notReached.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </Notice>
      ) : null}

      <div>
        <label htmlFor={`${id}-body`} className="block text-sm font-medium text-slate-800">
          {mode.kind === 'edit' ? 'Edit comment' : mode.kind === 'reply' ? 'Reply' : 'Comment'}
        </label>
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          Markdown: **bold**, _italic_, [links](https://…), lists. Mention someone with @ and their email address.
        </p>
        {bodyErrors ? (
          <p id={`${id}-body-error`} className="mt-1 text-sm font-medium text-red-700">
            <span className="sr-only">Error: </span>
            {bodyErrors.join(' ')}
          </p>
        ) : null}
        <textarea
          ref={bodyRef}
          id={`${id}-body`}
          name="body"
          rows={mode.kind === 'new' ? 4 : 3}
          maxLength={MAX_COMMENT_BODY}
          // React resets the form after each answer to this: the kept text, or an empty box after posting.
          defaultValue={values.body ?? ''}
          aria-invalid={bodyErrors ? true : undefined}
          aria-describedby={cn(`${id}-hint`, bodyErrors && `${id}-body-error`)}
          className={cn(controlClasses, 'py-2', bodyErrors ? invalidClasses : 'border-slate-300')}
        />
      </div>

      {mentionCandidates.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer rounded-sm font-medium text-primary-800">Mention someone</summary>
          <p className="mt-1 text-slate-600">
            {readers.length > 0
              ? 'The people who can read this comment at its visibility; only they are notified.'
              : 'Nobody else can read this comment at its visibility.'}
          </p>
          <ul className="mt-2 max-h-48 space-y-1 overflow-y-auto">
            {readers.map((candidate) => (
              <li key={candidate.email}>
                <button
                  type="button"
                  onClick={() => mention(candidate.email)}
                  className="rounded-sm text-left text-slate-800 underline decoration-slate-300 underline-offset-4 hover:text-primary-800"
                >
                  {candidate.name} <span className="text-slate-600">({candidate.group})</span>
                  <span className="sr-only"> — insert a mention of {candidate.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      {mode.kind !== 'edit' ? (
        <div>
          <label htmlFor={`${id}-visibility`} className="block text-sm font-medium text-slate-800">
            Visible to
          </label>
          {visibilityErrors ? (
            <p id={`${id}-visibility-error`} className="mt-1 text-sm font-medium text-red-700">
              <span className="sr-only">Error: </span>
              {visibilityErrors.join(' ')}
            </p>
          ) : null}
          <select
            key={values.visibility}
            id={`${id}-visibility`}
            name="visibility"
            defaultValue={values.visibility}
            onChange={(event) => setChosenVisibility(event.target.value)}
            aria-invalid={visibilityErrors ? true : undefined}
            aria-describedby={visibilityErrors ? `${id}-visibility-error` : undefined}
            className={cn(controlClasses, 'h-11 sm:h-10 sm:w-auto', visibilityErrors ? invalidClasses : 'border-slate-300')}
          >
            {visibilities.map((visibility) => (
              <option key={visibility} value={visibility}>
                {visibilityLabels[visibility]}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      {state.fieldErrors?.itemCode || state.fieldErrors?.parentId || state.fieldErrors?.commentId || state.fieldErrors?.baseVersion ? (
        <p className="text-sm font-medium text-red-700">Reload the page and try again.</p>
      ) : null}

      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={isPending}>
          {isPending ? 'Saving…' : submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" size="sm" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  )
}
