import { TextLink } from '@/components/ui/text-link'

import type { ItemWorkspace } from '@/lib/workspace/item-workspace'

import type { CommentAction } from './comment-form'
import { CommentThread } from './comment-thread'

type ItemCommentsProps = {
  itemCode: string
  /** The thread as the viewer may read it; null for a signed-out visitor. */
  thread: ItemWorkspace['comments'] | null
  actions: { create: CommentAction; edit: CommentAction; delete: CommentAction }
  /** The page with the whole thread. */
  showAllHref: string
}

/** The item page's comments section. */
export function ItemComments({ itemCode, thread, actions, showAllHref }: ItemCommentsProps) {
  return (
    <section id="comments" aria-labelledby="comments-heading" className="mt-12 scroll-mt-6 border-t border-slate-200 pt-10">
      <h2 id="comments-heading" className="text-lg font-semibold text-slate-900">
        Comments
      </h2>
      {thread ? (
        <div className="mt-4">
          <p className="mb-4 text-sm text-slate-600">
            Each comment is visible to its delegation only, to the delegation and the secretariat, or to all participants.
          </p>
          <CommentThread
            itemCode={itemCode}
            initialComments={thread.comments}
            loadedAt={thread.loadedAt}
            startVisibilities={thread.startVisibilities}
            ownDelegationCode={thread.ownDelegationCode}
            mentionCandidates={thread.mentionCandidates}
            earlier={thread.total > thread.comments.length ? { count: thread.total - thread.comments.length, href: showAllHref } : null}
            createAction={actions.create}
            editAction={actions.edit}
            deleteAction={actions.delete}
          />
        </div>
      ) : (
        <p className="mt-3 rounded-card border border-slate-200 bg-slate-50 px-5 py-4 text-sm text-slate-700">
          <TextLink href={`/sign-in?callbackUrl=${encodeURIComponent(`/catalogue/${itemCode}`)}`}>Sign in</TextLink> to read and write
          comments on this item.
        </p>
      )}
    </section>
  )
}
