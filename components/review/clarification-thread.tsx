import { Badge } from '@/components/ui/badge'
import type { FormState } from '@/lib/auth/form-action'
import { formatDateTime } from '@/lib/dates'
import type { ClarificationThread } from '@/lib/review/review-detail'

import { ReviewTextForm } from './review-forms'

type ClarificationThreadProps = {
  thread: ClarificationThread
  title: string
  replyAction: (previous: FormState, formData: FormData) => Promise<FormState>
  /** The reply box's label and button: an answer for the delegation, a follow-up for the secretariat. */
  reply: { label: string; submit: string }
}

/** A clarification thread: the secretariat's question and the answers, oldest first, and the box to write in it. */
export function ClarificationThreadView({ thread, title, replyAction, reply }: ClarificationThreadProps) {
  return (
    <article
      id={`clarification-${thread.id}`}
      aria-labelledby={`clarification-${thread.id}-title`}
      className="scroll-mt-24 rounded-card border border-slate-200 bg-white p-4"
    >
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={`clarification-${thread.id}-title`} className="text-base font-semibold text-slate-900">
          {title}
        </h3>
        {thread.answeredAt ? <Badge tone="accent">Answered</Badge> : <Badge tone="warning">Awaiting the delegation’s answer</Badge>}
      </header>
      <p className="mt-1 text-sm text-slate-600">
        Asked about version {thread.version} on {formatDateTime(thread.createdAt)}. Only the delegation and the secretariat can read this
        thread.
      </p>
      <ol className="mt-3 space-y-3">
        {thread.messages.map((message) => (
          <li
            key={message.id}
            className={message.fromSecretariat ? 'border-accent-300 border-l-4 pl-3' : 'border-l-4 border-primary-300 pl-3'}
          >
            <p className="text-sm font-medium text-slate-800">
              {message.author}{' '}
              <span className="font-normal text-slate-600">
                ({message.fromSecretariat ? 'GFMD secretariat' : 'delegation'}), {formatDateTime(message.at)}
              </span>
            </p>
            <p className="mt-1 text-sm/6 whitespace-pre-line text-slate-900">{message.body}</p>
          </li>
        ))}
      </ol>
      <div className="mt-4">
        <ReviewTextForm
          action={replyAction}
          hidden={{ clarificationId: thread.id }}
          idPrefix={`clarification-${thread.id}`}
          name="body"
          label={reply.label}
          submitLabel={reply.submit}
          pendingLabel="Sending…"
        />
      </div>
    </article>
  )
}
