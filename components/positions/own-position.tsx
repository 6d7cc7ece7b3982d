import type { FormState } from '@/lib/auth/form-action'
import { visibilityLabels } from '@/lib/positions/visibility'
import { shareVisibilities } from '@/lib/positions/position-schemas'
import type { PositionDraft, PositionHistoryEntry, SharedPosition } from '@/lib/positions/positions'

import { PositionDraftForm, type PositionDraftFormState } from './position-draft-form'
import { PositionHistory } from './position-history'
import { sharedWithPhrases, toDraftSnapshot } from './position-labels'
import { PositionText } from './position-text'
import { ShareHistory } from './share-history'
import { ShareForm } from './share-form'
import { WordingDiff } from './wording-diff'

export type OwnPositionProps = {
  itemCode: string
  /** The item's quoted text, to show proposed wording as changes to it. */
  itemText: string
  isRetired: boolean
  delegationName: string
  draft: PositionDraft | null
  /** The own delegation's shares of this item, latest first. */
  shares: SharedPosition[]
  /** Every save and share, newest first. */
  history: PositionHistoryEntry[]
  canShare: boolean
  saveDraftAction: (previous: PositionDraftFormState, formData: FormData) => Promise<PositionDraftFormState>
  shareAction: (previous: FormState, formData: FormData) => Promise<FormState>
}

const visibilityOptions = shareVisibilities.map((visibility) => ({ value: visibility, label: visibilityLabels[visibility] }))

/** The own delegation's draft on an item: its form, and (for focal points) sharing it. */
export function OwnPosition({
  itemCode,
  itemText,
  isRetired,
  delegationName,
  draft,
  shares,
  history,
  canShare,
  saveDraftAction,
  shareAction,
}: OwnPositionProps) {
  const currentShare = shares.find((share) => share.isCurrent)
  return (
    <section aria-labelledby="own-position-heading" className="rounded-card border border-slate-200 bg-white p-5 shadow-xs sm:p-6">
      <h2 id="own-position-heading" className="text-lg font-semibold text-slate-900">
        Your delegation’s position
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        The draft is visible to {delegationName} only.
        {currentShare
          ? ` Version ${currentShare.version} is shared with ${sharedWithPhrases[currentShare.visibility]}.`
          : ' Nothing is shared yet.'}
      </p>
      <p className="mt-3 text-sm font-medium text-slate-800">
        {draft ? `Version ${draft.version}, saved by ${draft.updatedBy} on ${toDraftSnapshot(draft).savedAt}` : 'No draft yet.'}
      </p>

      <div className="mt-5">
        {isRetired ? (
          <>
            <p className="text-sm text-slate-700">This item is retired: its positions are kept but can no longer be changed.</p>
            {draft ? (
              <PositionText className="mt-4" stance={draft.stance} rationale={draft.rationale} proposedWording={draft.proposedWording} />
            ) : null}
          </>
        ) : (
          <PositionDraftForm action={saveDraftAction} itemCode={itemCode} draft={draft ? toDraftSnapshot(draft) : null} />
        )}
      </div>

      {draft?.proposedWording ? (
        <div className="mt-6">
          <h3 className="text-sm font-semibold text-slate-900">Proposed wording (version {draft.version}) against the item’s text</h3>
          <WordingDiff className="mt-1 text-sm" itemText={itemText} proposedWording={draft.proposedWording} />
        </div>
      ) : null}

      <div className="mt-8 border-t border-slate-200 pt-6">
        <h3 className="text-base font-semibold text-slate-900">Sharing</h3>
        <div className="mt-2">
          <ShareHistory delegationName={delegationName} draft={draft} shares={shares} canShare={canShare} noun="position" />
        </div>
        {canShare && draft && !isRetired ? (
          <div className="mt-5">
            <ShareForm
              action={shareAction}
              itemCode={itemCode}
              version={draft.version}
              visibilityOptions={visibilityOptions}
              idPrefix="position"
            />
          </div>
        ) : null}
      </div>

      {history.length > 0 ? (
        <div className="mt-8 border-t border-slate-200 pt-6">
          <PositionHistory entries={history} />
        </div>
      ) : null}
    </section>
  )
}
