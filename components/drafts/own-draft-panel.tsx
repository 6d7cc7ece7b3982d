import type { ReactNode } from 'react'

import type { FormState } from '@/lib/auth/form-action'
import { formatDateTime } from '@/lib/dates'
import type { Draft, HistoryEntry, Share } from '@/lib/drafts/drafts'
import { sharedWithPhrases } from '@/lib/visibility/labels'

import { DraftHistory } from './draft-history'
import type { DraftView } from './draft-view'
import { ShareForm } from './share-form'
import { ShareHistory } from './share-history'

export type OwnDraftPanelProps<Content> = {
  view: DraftView<Content>
  itemCode: string
  /** The item's quoted text, for kinds that show changes to it. */
  itemText: string
  isRetired: boolean
  delegationName: string
  draft: Draft<Content> | null
  /** The own delegation's shares of this item, latest first. */
  shares: Share<Content>[]
  /** Every save and share, newest first. */
  history: HistoryEntry<Content>[]
  canShare: boolean
  /** The kind's draft form. */
  form: ReactNode
  /** What the kind shows below the form, if anything. */
  children?: ReactNode
  shareAction: (previous: FormState, formData: FormData) => Promise<FormState>
}

/** The own delegation's draft of one kind on an item: its form, sharing it (for focal points), and its history. */
export function OwnDraftPanel<Content>({
  view,
  itemCode,
  itemText,
  isRetired,
  delegationName,
  draft,
  shares,
  history,
  canShare,
  form,
  children,
  shareAction,
}: OwnDraftPanelProps<Content>) {
  const currentShare = shares.find((share) => share.isCurrent)
  const headingId = `own-${view.idPrefix}-heading`
  return (
    <section aria-labelledby={headingId} className="rounded-card border border-slate-200 bg-white p-5 shadow-xs sm:p-6">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        Your delegation’s {view.noun}
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {view.intro?.(delegationName)}
        The draft is visible to {delegationName} only.
        {currentShare
          ? ` Version ${currentShare.version} is shared with ${sharedWithPhrases[currentShare.visibility]}.`
          : ' Nothing is shared yet.'}
      </p>
      <p className="mt-3 text-sm font-medium text-slate-800">
        {draft ? `Version ${draft.version}, saved by ${draft.updatedBy} on ${formatDateTime(draft.updatedAt)}` : view.emptyText}
      </p>

      <div className="mt-5">
        {isRetired ? (
          <>
            <p className="text-sm text-slate-700">
              This item is retired: your delegation’s {view.noun} is kept but can no longer be changed.
            </p>
            {draft ? view.content(draft, { itemText, className: 'mt-4' }) : null}
          </>
        ) : (
          form
        )}
      </div>

      {children}

      <div className="mt-8 border-t border-slate-200 pt-6">
        <h3 className="text-base font-semibold text-slate-900">Sharing</h3>
        <div className="mt-2">
          <ShareHistory delegationName={delegationName} draft={draft} shares={shares} canShare={canShare} noun={view.noun} />
        </div>
        {canShare && draft && !isRetired ? (
          <div className="mt-5">
            <ShareForm
              action={shareAction}
              itemCode={itemCode}
              version={draft.version}
              currentVisibility={currentShare?.visibility ?? null}
              idPrefix={view.idPrefix}
            />
          </div>
        ) : null}
      </div>

      {history.length > 0 ? (
        <div className="mt-8 border-t border-slate-200 pt-6">
          <DraftHistory view={view} entries={history} />
        </div>
      ) : null}
    </section>
  )
}
