import Link from 'next/link'

import type { Viewer } from '@/lib/auth/viewer'
import { ownDelegationId } from '@/lib/auth/permissions'
import { writableVisibilities } from '@/lib/comments/comment-visibility'
import { listItemComments, listMentionCandidates } from '@/lib/comments/comments'
import { getDb } from '@/lib/db'

import type { CommentAction } from './comment-form'
import { CommentThread } from './comment-thread'

type ItemCommentsProps = {
  itemCode: string
  isRetired: boolean
  viewer: Viewer | null
  actions: { create: CommentAction; edit: CommentAction; delete: CommentAction }
}

/**
 * The item page's comments section. It loads its own data (scoped by lib to
 * what the viewer may read) so the page needs one block for it, beside the
 * positions panel others work on.
 */
export async function ItemComments({ itemCode, isRetired, viewer, actions }: ItemCommentsProps) {
  return (
    <section id="comments" aria-labelledby="comments-heading" className="mt-12 scroll-mt-6 border-t border-slate-200 pt-10">
      <h2 id="comments-heading" className="text-lg font-semibold text-slate-900">
        Comments
      </h2>
      {viewer ? (
        <ThreadFor itemCode={itemCode} isRetired={isRetired} viewer={viewer} actions={actions} />
      ) : (
        <p className="mt-3 rounded-card border border-slate-200 bg-slate-50 px-5 py-4 text-sm text-slate-700">
          <Link
            href={`/sign-in?callbackUrl=${encodeURIComponent(`/catalogue/${itemCode}`)}`}
            className="rounded-sm font-medium text-primary-800 underline underline-offset-4 hover:text-primary-950"
          >
            Sign in
          </Link>{' '}
          to read and write comments on this item.
        </p>
      )}
    </section>
  )
}

async function ThreadFor({ itemCode, isRetired, viewer, actions }: ItemCommentsProps & { viewer: Viewer }) {
  const db = getDb()
  const loadedAt = new Date().toISOString()
  const [comments, mentionCandidates] = await Promise.all([
    listItemComments(db, viewer, itemCode),
    listMentionCandidates(db, viewer, itemCode),
  ])
  const startVisibilities = !isRetired && ownDelegationId(viewer) ? writableVisibilities(viewer, null) : []
  return (
    <div className="mt-4">
      <p className="mb-4 text-sm text-slate-600">
        Each comment is visible to its delegation only, to the delegation and the secretariat, or to all participants.
      </p>
      <CommentThread
        itemCode={itemCode}
        initialComments={comments}
        loadedAt={loadedAt}
        startVisibilities={startVisibilities}
        mentionCandidates={mentionCandidates}
        createAction={actions.create}
        editAction={actions.edit}
        deleteAction={actions.delete}
      />
    </div>
  )
}
