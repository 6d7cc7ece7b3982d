import { ShareForm } from '@/components/positions/share-form'
import { ShareHistory } from '@/components/positions/share-history'
import { sharedWithPhrases } from '@/components/positions/position-labels'
import type { FormState } from '@/lib/auth/form-action'
import { shareVisibilities } from '@/lib/positions/position-schemas'
import { visibilityLabels } from '@/lib/positions/visibility'
import type { SharedStatus, StatusDraft, StatusHistoryEntry } from '@/lib/statuses/implementation-statuses'

import { StatusDraftForm, type StatusDraftFormState } from './status-draft-form'
import { toStatusSnapshot } from './status-labels'
import { StatusHistory } from './status-history'
import { StatusText } from './status-text'

export type OwnStatusProps = {
  itemCode: string
  isRetired: boolean
  delegationName: string
  status: StatusDraft | null
  /** The own delegation's shares of this status, latest first. */
  shares: SharedStatus[]
  /** Every save and share, newest first. */
  history: StatusHistoryEntry[]
  canShare: boolean
  saveDraftAction: (previous: StatusDraftFormState, formData: FormData) => Promise<StatusDraftFormState>
  shareAction: (previous: FormState, formData: FormData) => Promise<FormState>
}

const visibilityOptions = shareVisibilities.map((visibility) => ({ value: visibility, label: visibilityLabels[visibility] }))

/** The own delegation's implementation status on an item: its form, and (for focal points) sharing it. */
export function OwnStatus({
  itemCode,
  isRetired,
  delegationName,
  status,
  shares,
  history,
  canShare,
  saveDraftAction,
  shareAction,
}: OwnStatusProps) {
  const currentShare = shares.find((share) => share.isCurrent)
  return (
    <section aria-labelledby="own-status-heading" className="rounded-card border border-slate-200 bg-white p-5 shadow-xs sm:p-6">
      <h2 id="own-status-heading" className="text-lg font-semibold text-slate-900">
        Your delegation’s implementation status
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        What {delegationName} already does about this item. The draft is visible to {delegationName} only.
        {currentShare
          ? ` Version ${currentShare.version} is shared with ${sharedWithPhrases[currentShare.visibility]}.`
          : ' Nothing is shared yet.'}
      </p>
      <p className="mt-3 text-sm font-medium text-slate-800">
        {status ? `Version ${status.version}, saved by ${status.updatedBy} on ${toStatusSnapshot(status).savedAt}` : 'No status yet.'}
      </p>

      <div className="mt-5">
        {isRetired ? (
          <>
            <p className="text-sm text-slate-700">This item is retired: its status is kept but can no longer be changed.</p>
            {status ? (
              <StatusText className="mt-4" state={status.state} evidence={status.evidence} links={status.links} asOf={status.asOf} />
            ) : null}
          </>
        ) : (
          <StatusDraftForm action={saveDraftAction} itemCode={itemCode} status={status ? toStatusSnapshot(status) : null} />
        )}
      </div>

      <div className="mt-8 border-t border-slate-200 pt-6">
        <h3 className="text-base font-semibold text-slate-900">Sharing</h3>
        <div className="mt-2">
          <ShareHistory delegationName={delegationName} draft={status} shares={shares} canShare={canShare} noun="implementation status" />
        </div>
        {canShare && status && !isRetired ? (
          <div className="mt-5">
            <ShareForm
              action={shareAction}
              itemCode={itemCode}
              version={status.version}
              visibilityOptions={visibilityOptions}
              idPrefix="status"
            />
          </div>
        ) : null}
      </div>

      {history.length > 0 ? (
        <div className="mt-8 border-t border-slate-200 pt-6">
          <StatusHistory entries={history} />
        </div>
      ) : null}
    </section>
  )
}
