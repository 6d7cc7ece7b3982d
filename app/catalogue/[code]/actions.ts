'use server'

/** The item page's server actions on the own delegation's position and implementation status (see lib/drafts/draft-actions.ts). */
import { saveDraftAction, shareDraftAction } from '@/lib/drafts/draft-actions'
import { positionKind } from '@/lib/positions/position-kind'
import { positionDraftSchema, positionFormValues } from '@/lib/positions/position-schemas'
import { statusKind } from '@/lib/statuses/status-kind'
import { statusDraftSchema, statusFormValues } from '@/lib/statuses/status-schemas'

export const savePositionDraftAction = saveDraftAction(positionKind, {
  schema: positionDraftSchema,
  formValues: positionFormValues,
  savedWhat: 'Draft',
})

export const sharePositionAction = shareDraftAction(positionKind)

export const saveStatusDraftAction = saveDraftAction(statusKind, {
  schema: statusDraftSchema,
  formValues: statusFormValues,
  savedWhat: 'Status',
})

export const shareStatusAction = shareDraftAction(statusKind)
