'use client'

import { DraftForm, type DraftFormProps } from '@/components/drafts/draft-form'
import type { StatusContent } from '@/lib/statuses/status-schemas'

import { statusView } from './status-view'

/** An implementation status's draft form; its fields are in the status view. */
export function StatusDraftForm(props: Omit<DraftFormProps<StatusContent>, 'view'>) {
  return <DraftForm view={statusView} {...props} />
}
