import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { ItemContext, ItemHeader, ItemNavigation, ItemQuote } from '@/components/catalogue/item-detail'
import { ItemComments } from '@/components/comments/item-comments'
import { OwnReviewSection } from '@/components/review/own-review-section'
import { CompilationTextView } from '@/components/review/compilation-text'
import { WordingMatrix } from '@/components/review/wording-matrix'
import { TextLink } from '@/components/ui/text-link'
import { ItemInputs, SignInToRecordPosition } from '@/components/workspace/item-inputs'
import { getViewer } from '@/lib/auth/guard'
import { can } from '@/lib/auth/permissions'
import { catalogueReturnQuery } from '@/lib/catalogue/catalogue-filters'
import { getItem, type ItemDetail } from '@/lib/catalogue/queries'
import { getDb } from '@/lib/db'
import { getItemWorkspace, itemWorkspaceScope } from '@/lib/workspace/item-workspace'

import { savePositionDraftAction, saveStatusDraftAction, sharePositionAction, shareStatusAction } from './actions'
import { replyToClarificationAction } from '../../review/actions'
import { createCommentAction, deleteCommentAction, editCommentAction } from './comment-actions'

// The catalogue lives in the database, which only exists at run time.
export const dynamic = 'force-dynamic'

type ItemPageProps = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** A malformed escape (a hand-typed "%") is simply an unknown code, not a server error. */
function decodeCode(code: string): string | null {
  try {
    return decodeURIComponent(code)
  } catch {
    return null
  }
}

// generateMetadata and the page both need the item: one query per request.
const loadItem = cache(async (rawCode: string): Promise<ItemDetail | null> => {
  const code = decodeCode(rawCode)
  return code === null ? null : getItem(getDb(), code)
})

export async function generateMetadata({ params }: ItemPageProps): Promise<Metadata> {
  const item = await loadItem((await params).code)
  // Metadata blocks the response for crawlers, so this gives them a real 404 status.
  if (!item) notFound()
  return { title: `${item.code} ${item.title}`, description: item.text }
}

const actions = {
  savePosition: savePositionDraftAction,
  sharePosition: sharePositionAction,
  saveStatus: saveStatusDraftAction,
  shareStatus: shareStatusAction,
}

export default async function ItemPage({ params, searchParams }: ItemPageProps) {
  const [item, query, viewer] = await Promise.all([loadItem((await params).code), searchParams, getViewer()])
  if (!item) notFound()
  const returnQuery = catalogueReturnQuery(query)
  const scope = itemWorkspaceScope(query)
  const workspace = viewer ? await getItemWorkspace(getDb(), viewer, item, scope) : null
  const itemQuery = returnQuery ? `?from=${encodeURIComponent(returnQuery.slice(1))}` : ''
  // "Show all" keeps the catalogue the person came from, and what else they asked to see in full.
  const showAllHref = (what: 'shares' | 'comments', anchor: string) =>
    `/catalogue/${encodeURIComponent(item.code)}?${new URLSearchParams({
      ...(returnQuery ? { from: returnQuery.slice(1) } : {}),
      ...(scope.allShares ? { shares: 'all' } : {}),
      ...(scope.allComments ? { comments: 'all' } : {}),
      [what]: 'all',
    })}#${anchor}`

  return (
    <div className="mx-auto max-w-page px-4 py-8 sm:px-6 sm:py-10 lg:px-8">
      <TextLink href={`/catalogue${returnQuery}`} className="inline-flex items-center gap-1.5 text-sm">
        <span aria-hidden="true">←</span> Back to catalogue
      </TextLink>
      <ItemHeader item={item} inputsLink={workspace ? (workspace.delegation ? 'Your delegation’s position' : 'Shared positions') : null} />
      <ItemQuote item={item} />
      <ItemContext item={item} />

      <div id="positions" className="mt-12 scroll-mt-6 border-t border-slate-200 pt-10">
        {viewer && can(viewer.role, 'review.read') ? (
          <p className="mb-6 text-sm">
            <TextLink href={`/review?item=${encodeURIComponent(item.code)}`}>Review the inputs shared on {item.code}</TextLink>
          </p>
        ) : null}
        {workspace ? (
          <ItemInputs item={item} workspace={workspace} actions={actions} showAllSharesHref={(anchor) => showAllHref('shares', anchor)} />
        ) : (
          <SignInToRecordPosition itemCode={item.code} />
        )}
      </div>

      {workspace?.review && workspace.delegation ? (
        <OwnReviewSection review={workspace.review} delegationName={workspace.delegation.name} replyAction={replyToClarificationAction} />
      ) : null}

      {workspace ? (
        <div id="wordings" className="mt-12 scroll-mt-6 space-y-10 border-t border-slate-200 pt-10">
          <WordingMatrix itemText={item.text} groups={workspace.wordings.groups} />
          {workspace.wordings.compilation ? <CompilationTextView compilation={workspace.wordings.compilation} /> : null}
        </div>
      ) : null}

      <ItemComments
        itemCode={item.code}
        thread={workspace?.comments ?? null}
        showAllHref={showAllHref('comments', 'comments')}
        actions={{ create: createCommentAction, edit: editCommentAction, delete: deleteCommentAction }}
      />

      <ItemNavigation item={item} itemHref={(code) => `/catalogue/${encodeURIComponent(code)}${itemQuery}`} />
    </div>
  )
}
