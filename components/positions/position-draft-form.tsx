'use client'

import { DraftForm, type DraftFormProps } from '@/components/drafts/draft-form'
import type { PositionContent } from '@/lib/positions/position-schemas'

import { positionView } from './position-view'

/** A position's draft form; its fields are in the position view. */
export function PositionDraftForm(props: Omit<DraftFormProps<PositionContent>, 'view'>) {
  return <DraftForm view={positionView} {...props} />
}
