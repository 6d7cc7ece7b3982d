import { TextLink } from '@/components/ui/text-link'

import { OwnDraftPanel } from '@/components/drafts/own-draft-panel'
import { SharedDraftList } from '@/components/drafts/shared-draft-list'
import { PositionDraftForm } from '@/components/positions/position-draft-form'
import { positionView } from '@/components/positions/position-view'
import { WordingDiff } from '@/components/positions/wording-diff'
import { StatusDraftForm } from '@/components/statuses/status-draft-form'
import { statusView } from '@/components/statuses/status-view'
import type { FormState } from '@/lib/auth/form-action'
import type { DraftFormState } from '@/lib/drafts/draft-snapshot'
import { toDraftSnapshot } from '@/lib/drafts/draft-snapshot'
import type { PositionContent } from '@/lib/positions/position-schemas'
import type { StatusContent } from '@/lib/statuses/status-schemas'
import type { ItemWorkspace } from '@/lib/workspace/item-workspace'

type Action<State> = (previous: State, formData: FormData) => Promise<State>

export type ItemInputActions = {
  savePosition: Action<DraftFormState<PositionContent>>
  sharePosition: Action<FormState>
  saveStatus: Action<DraftFormState<StatusContent>>
  shareStatus: Action<FormState>
}

type ItemInputsProps = {
  item: { code: string; text: string; retired: boolean }
  workspace: ItemWorkspace
  actions: ItemInputActions
  /** The page with every share listed, at the list with this id. */
  showAllSharesHref: (anchor: string) => string
}

/** The positions and implementation statuses on an item page, for a signed-in viewer. */
export function ItemInputs({ item, workspace, actions, showAllSharesHref }: ItemInputsProps) {
  const { delegation, positions, statuses } = workspace
  const panel = { itemCode: item.code, itemText: item.text, isRetired: item.retired, delegationName: delegation?.name ?? '' }
  const canShare = delegation?.canShare ?? false
  const draft = positions.own?.draft
  return (
    <div className="space-y-10">
      {positions.own ? (
        <OwnDraftPanel
          view={positionView}
          {...panel}
          {...positions.own}
          canShare={canShare}
          shareAction={actions.sharePosition}
          form={<PositionDraftForm action={actions.savePosition} itemCode={item.code} draft={draft ? toDraftSnapshot(draft) : null} />}
        >
          {draft?.proposedWording ? (
            <div className="mt-6">
              <h3 className="text-sm font-semibold text-slate-900">Proposed wording (version {draft.version}) against the item’s text</h3>
              <WordingDiff className="mt-1 text-sm" itemText={item.text} proposedWording={draft.proposedWording} />
            </div>
          ) : null}
        </OwnDraftPanel>
      ) : null}
      {statuses.own ? (
        <OwnDraftPanel
          view={statusView}
          {...panel}
          {...statuses.own}
          canShare={canShare}
          shareAction={actions.shareStatus}
          form={
            <StatusDraftForm
              action={actions.saveStatus}
              itemCode={item.code}
              draft={statuses.own.draft ? toDraftSnapshot(statuses.own.draft) : null}
            />
          }
        />
      ) : null}
      <SharedDraftList
        view={positionView}
        title="Shared positions"
        shares={positions.shared}
        total={positions.sharedTotal}
        showAllHref={showAllSharesHref}
        itemText={item.text}
      />
      <SharedDraftList
        view={statusView}
        title="Shared implementation statuses"
        shares={statuses.shared}
        total={statuses.sharedTotal}
        showAllHref={showAllSharesHref}
        itemText={item.text}
      />
    </div>
  )
}

/** What a signed-out visitor sees instead: positions are for delegations. */
export function SignInToRecordPosition({ itemCode }: { itemCode: string }) {
  return (
    <p className="rounded-card border border-slate-200 bg-slate-50 px-5 py-4 text-sm text-slate-700">
      <TextLink href={`/sign-in?callbackUrl=${encodeURIComponent(`/catalogue/${itemCode}`)}`}>
        Sign in to record your delegation’s position
      </TextLink>{' '}
      on this item and to read the positions other delegations have shared.
    </p>
  )
}
