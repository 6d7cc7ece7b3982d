'use client'

import { useActionState, useCallback, useEffect, useRef, useState } from 'react'

import { Notice } from '@/components/ui/notice'
import { Badge, type BadgeTone } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { TextLink } from '@/components/ui/text-link'
import { COMMENT_POLL_MS, commentPollPath } from '@/lib/comments/live-poll'
import { visibilityLabels } from '@/lib/visibility/labels'
import { formatDateTime } from '@/lib/dates'
import type { Visibility } from '@/lib/generated/prisma/enums'

import { CommentForm, type CommentAction } from './comment-form'
import { CommentMarkdown } from './comment-markdown'
import type { CommentFormState, CommentView, MentionCandidate } from './comment-types'

const visibilityTones: Record<Visibility, BadgeTone> = {
  delegation: 'neutral',
  delegation_and_secretariat: 'primary',
  all_participants: 'success',
}

type CommentThreadProps = {
  itemCode: string
  initialComments: CommentView[]
  /** When the server read the initial comments: the live thread asks for what changed since. */
  loadedAt: string
  /** The levels a new thread may have; empty when the viewer may not start one. */
  startVisibilities: Visibility[]
  /** The conversation a new thread starts in (the own delegation's code). */
  ownDelegationCode: string | null
  mentionCandidates: MentionCandidate[]
  /** Comments older than those given, not sent to keep the page light, and the page that shows them all. */
  earlier: { count: number; href: string } | null
  createAction: CommentAction
  editAction: CommentAction
  deleteAction: CommentAction
}

/** Newer versions win: an edit or deletion replaces what the thread showed. */
function upsert(comments: CommentView[], incoming: CommentView[]): CommentView[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]))
  for (const comment of incoming) {
    const known = byId.get(comment.id)
    if (!known || known.version <= comment.version) byId.set(comment.id, comment)
  }
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

/**
 * The item's comment thread. Server-rendered with the comments as they were;
 * while the tab is visible it asks every few seconds for what others wrote
 * since, and announces new comments politely to screen readers.
 */
export function CommentThread(props: CommentThreadProps) {
  const { itemCode, initialComments, loadedAt, startVisibilities } = props
  const [comments, setComments] = useState(initialComments)
  const [announcement, setAnnouncement] = useState('')
  const since = useRef(loadedAt)
  // What the thread shows, for telling which polled comments are new without re-running the poll.
  const shown = useRef(initialComments)
  useEffect(() => {
    shown.current = comments
  }, [comments])

  // A re-rendered page (after an action) brings the server's view; keep whatever is newer.
  const [serverComments, setServerComments] = useState(initialComments)
  if (serverComments !== initialComments) {
    setServerComments(initialComments)
    setComments((current) => upsert(current, initialComments))
  }

  const merge = useCallback((incoming: CommentView[], announce: boolean) => {
    const fresh = incoming.filter((comment) => !shown.current.some((known) => known.id === comment.id))
    setComments((current) => upsert(current, incoming))
    if (announce && fresh.length > 0) setAnnouncement(fresh.length === 1 ? '1 new comment' : `${fresh.length} new comments`)
  }, [])

  useEffect(() => {
    let stopped = false
    async function poll() {
      if (document.visibilityState !== 'visible') return
      try {
        const response = await fetch(commentPollPath(itemCode, since.current), { cache: 'no-store' })
        if (!response.ok || stopped) return
        const answer = (await response.json()) as { comments: CommentView[]; loadedAt: string }
        since.current = answer.loadedAt
        merge(answer.comments, true)
      } catch {
        // Offline for a moment: the next round asks again.
      }
    }
    const timer = window.setInterval(poll, COMMENT_POLL_MS)
    document.addEventListener('visibilitychange', poll)
    return () => {
      stopped = true
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', poll)
    }
  }, [itemCode, merge])

  const onSaved = useCallback(
    (state: CommentFormState) => {
      if (state.comment) merge([state.comment], false)
    },
    [merge],
  )

  const replies = new Map<string | null, CommentView[]>()
  const ids = new Set(comments.map((comment) => comment.id))
  for (const comment of comments) {
    const parent = comment.parentId && ids.has(comment.parentId) ? comment.parentId : null
    replies.set(parent, [...(replies.get(parent) ?? []), comment])
  }
  const roots = replies.get(null) ?? []

  return (
    <div className="space-y-6">
      <p aria-live="polite" role="status" className="sr-only">
        {announcement}
      </p>
      {props.earlier ? (
        <p className="text-sm text-slate-600">
          {props.earlier.count === 1 ? '1 earlier comment is' : `${props.earlier.count} earlier comments are`} not shown.{' '}
          <TextLink href={props.earlier.href}>Show all comments</TextLink>
        </p>
      ) : null}
      {roots.length === 0 ? (
        <p className="text-sm text-slate-600">No comments yet.</p>
      ) : (
        <ol className="space-y-4">
          {roots.map((comment) => (
            <CommentEntry key={comment.id} comment={comment} replies={replies} depth={0} thread={props} onSaved={onSaved} />
          ))}
        </ol>
      )}
      {startVisibilities.length > 0 ? (
        <section aria-labelledby="new-comment-heading" className="rounded-card border border-slate-200 bg-slate-50 p-4 sm:p-5">
          <h3 id="new-comment-heading" className="text-base font-semibold text-slate-900">
            New comment
          </h3>
          <div className="mt-3">
            <CommentForm
              action={props.createAction}
              itemCode={itemCode}
              mode={{ kind: 'new' }}
              visibilities={startVisibilities}
              conversation={props.ownDelegationCode ?? ''}
              mentionCandidates={props.mentionCandidates}
              submitLabel="Post comment"
              onSaved={onSaved}
            />
          </div>
        </section>
      ) : null}
    </div>
  )
}

type CommentEntryProps = {
  comment: CommentView
  replies: Map<string | null, CommentView[]>
  depth: number
  thread: CommentThreadProps
  onSaved: (state: CommentFormState) => void
}

function CommentEntry({ comment, replies, depth, thread, onSaved }: CommentEntryProps) {
  const [mode, setMode] = useState<'view' | 'reply' | 'edit' | 'delete'>('view')
  const answers = replies.get(comment.id) ?? []
  const isDeleted = comment.body === null
  const close = () => setMode('view')

  return (
    <li>
      <article
        id={`comment-${comment.id}`}
        aria-label={isDeleted ? 'Comment deleted' : `Comment by ${comment.author.name}`}
        className="target:ring-accent-300 scroll-mt-6 rounded-card border border-slate-200 bg-white p-4 shadow-xs target:border-accent-500 target:ring-2"
      >
        {isDeleted ? (
          <p className="text-sm text-slate-600 italic">Comment deleted</p>
        ) : (
          <>
            <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
              <span className="font-semibold text-slate-900">{comment.author.name}</span>
              <span className="text-slate-600">{comment.author.isSecretariat ? 'Secretariat' : comment.delegation.name}</span>
              <Badge tone={visibilityTones[comment.visibility]}>{visibilityLabels[comment.visibility]}</Badge>
              <time dateTime={comment.createdAt} className="text-xs text-slate-600">
                {formatDateTime(new Date(comment.createdAt))}
              </time>
              {comment.editedAt ? <span className="text-xs text-slate-600">(edited)</span> : null}
              {/* A reply whose comment is not shown: older than the page's first view, or not readable by this viewer. */}
              {depth === 0 && comment.parentId ? <span className="text-xs text-slate-600">In reply to an earlier comment</span> : null}
            </header>
            {mode === 'edit' ? (
              <div className="mt-3">
                <CommentForm
                  action={thread.editAction}
                  itemCode={thread.itemCode}
                  mode={{ kind: 'edit', commentId: comment.id, baseVersion: comment.version, body: comment.body ?? '' }}
                  visibilities={[comment.visibility]}
                  conversation={comment.delegation.code}
                  mentionCandidates={thread.mentionCandidates}
                  submitLabel="Save changes"
                  onSaved={(state) => {
                    onSaved(state)
                    close()
                  }}
                  onCancel={close}
                />
              </div>
            ) : (
              <CommentMarkdown body={comment.body ?? ''} className="mt-2" />
            )}
            {comment.revisions.length > 0 ? (
              <details className="mt-3 text-sm">
                <summary className="cursor-pointer rounded-sm text-slate-700">Earlier versions ({comment.revisions.length})</summary>
                <ol className="mt-2 space-y-3 border-l-2 border-slate-200 pl-3">
                  {[...comment.revisions].reverse().map((revision) => (
                    <li key={revision.version}>
                      <p className="text-xs text-slate-600">
                        Version {revision.version}, replaced by {revision.replacedBy} on {formatDateTime(new Date(revision.replacedAt))}
                      </p>
                      <CommentMarkdown body={revision.body} className="mt-1 text-slate-700" />
                    </li>
                  ))}
                </ol>
              </details>
            ) : null}
            {mode === 'view' ? (
              <div className="mt-3 flex flex-wrap gap-2">
                {comment.replyVisibilities.length > 0 ? (
                  <Button size="sm" variant="ghost" onClick={() => setMode('reply')}>
                    Reply
                  </Button>
                ) : null}
                {comment.canEdit ? (
                  <Button size="sm" variant="ghost" onClick={() => setMode('edit')}>
                    Edit
                  </Button>
                ) : null}
                {comment.canDelete ? (
                  <Button size="sm" variant="ghost" onClick={() => setMode('delete')}>
                    Delete
                  </Button>
                ) : null}
              </div>
            ) : null}
            {mode === 'delete' ? (
              <DeleteCommentForm
                action={thread.deleteAction}
                itemCode={thread.itemCode}
                commentId={comment.id}
                onCancel={close}
                onSaved={onSaved}
              />
            ) : null}
          </>
        )}
        {mode === 'reply' ? (
          <div className="mt-3 border-t border-slate-200 pt-3">
            <CommentForm
              action={thread.createAction}
              itemCode={thread.itemCode}
              mode={{ kind: 'reply', parentId: comment.id }}
              visibilities={comment.replyVisibilities}
              conversation={comment.delegation.code}
              mentionCandidates={thread.mentionCandidates}
              submitLabel="Post reply"
              onSaved={(state) => {
                onSaved(state)
                close()
              }}
              onCancel={close}
            />
          </div>
        ) : null}
      </article>
      {answers.length > 0 ? (
        // Deep threads stop indenting, so narrow screens keep room for the text.
        <ol aria-label={`Replies`} className={depth < 3 ? 'mt-3 space-y-3 border-l-2 border-slate-200 pl-4 sm:pl-6' : 'mt-3 space-y-3'}>
          {answers.map((answer) => (
            <CommentEntry key={answer.id} comment={answer} replies={replies} depth={depth + 1} thread={thread} onSaved={onSaved} />
          ))}
        </ol>
      ) : null}
    </li>
  )
}

function DeleteCommentForm({
  action,
  itemCode,
  commentId,
  onCancel,
  onSaved,
}: {
  action: CommentAction
  itemCode: string
  commentId: string
  onCancel: () => void
  onSaved: (state: CommentFormState) => void
}) {
  const [state, formAction, isPending] = useActionState(action, { ok: false })
  useEffect(() => {
    if (state.ok) onSaved(state)
  }, [state, onSaved])

  return (
    <form action={formAction} className="mt-3 space-y-2 rounded-ui border border-red-200 bg-red-50 p-3 text-sm">
      <input type="hidden" name="itemCode" value={itemCode} />
      <input type="hidden" name="commentId" value={commentId} />
      {!isPending && state.formError ? <Notice tone="error">{state.formError}</Notice> : null}
      <p className="text-red-950">Delete this comment? Readers will see “Comment deleted”; replies stay.</p>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={isPending}>
          {isPending ? 'Deleting…' : 'Delete comment'}
        </Button>
        <Button size="sm" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
