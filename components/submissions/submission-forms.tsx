'use client'

/** The focal point's forms on the submission page: the comments to include, and submitting a version. */
import { useActionState, useRef } from 'react'

import { Button } from '@/components/ui/button'
import { FormAnswer } from '@/components/ui/form-answer'
import type { FormState } from '@/lib/auth/form-action'
import { formatDateTime } from '@/lib/dates'

type Action = (previous: FormState, formData: FormData) => Promise<FormState>

export function SubmitForm({ action, nextVersion, isEmpty }: { action: Action; nextVersion: number; isEmpty: boolean }) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })
  const form = useRef<HTMLFormElement>(null)
  return (
    <form ref={form} action={formAction} className="space-y-3">
      <FormAnswer state={state} isPending={isPending} form={form} />
      <input type="hidden" name="nextVersion" value={nextVersion} />
      <Button type="submit" disabled={isPending || isEmpty}>
        {isPending ? 'Submitting…' : `Submit version ${nextVersion}`}
      </Button>
    </form>
  )
}

type SelectableComment = {
  id: string
  body: string
  createdAt: Date
  selectedForSubmission: boolean
  author: { name: string }
  item: { code: string }
}

export function CommentSelectionForm({ action, comments }: { action: Action; comments: SelectableComment[] }) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })
  const form = useRef<HTMLFormElement>(null)
  return (
    <form ref={form} action={formAction} className="space-y-3">
      <FormAnswer state={state} isPending={isPending} form={form} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Comments to include</legend>
        <ul className="mt-2 space-y-2">
          {comments.map((comment) => (
            <li key={comment.id}>
              <label className="flex items-start gap-3 text-sm/6">
                <input
                  type="checkbox"
                  name={`comment-${comment.id}`}
                  defaultChecked={comment.selectedForSubmission}
                  className="mt-1 size-4 rounded border-slate-400 text-primary-700"
                />
                <span className="min-w-0">
                  <span className="font-medium text-slate-900">
                    {comment.item.code}, {comment.author.name}, {formatDateTime(comment.createdAt)}:
                  </span>{' '}
                  <span className="line-clamp-2 text-slate-800">{comment.body}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save the choice of comments'}
      </Button>
    </form>
  )
}
