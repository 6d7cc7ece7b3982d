import type { DraftFieldSpec } from '@/components/drafts/draft-fields'
import type { DraftView } from '@/components/drafts/draft-view'
import { formatIsoDates } from '@/lib/dates'
import { MAX_DRAFT_TEXT } from '@/lib/drafts/draft-schemas'
import {
  implementationStateLabels,
  implementationStates,
  MAX_LINKS,
  statusFormValues,
  statusFromFormValues,
  type StatusContent,
} from '@/lib/statuses/status-schemas'

import { EvidenceLinks } from './evidence-links'
import { StatusText } from './status-text'

const fields: DraftFieldSpec[] = [
  { control: 'select', name: 'state', label: 'State', options: implementationStates, labels: implementationStateLabels, isHalfWidth: true },
  { control: 'date', name: 'asOf', label: 'As of (optional)', hint: 'The date this status describes.', isHalfWidth: true },
  {
    control: 'textarea',
    name: 'evidence',
    label: 'Evidence',
    hint: 'What your delegation already does: laws, programmes, budgets. Only your delegation sees the draft.',
    rows: 5,
    maxLength: MAX_DRAFT_TEXT,
  },
  {
    control: 'textarea',
    name: 'links',
    label: 'Links (optional)',
    hint: `One web address per line, starting with https:// or http://; at most ${MAX_LINKS}.`,
    rows: 3,
    isMonospace: true,
  },
]

/** How implementation statuses show in the draft panel, the shared list and the history. */
export const statusView: DraftView<StatusContent> = {
  idPrefix: 'status',
  noun: 'implementation status',
  intro: (delegationName) => `What ${delegationName} already does about this item. `,
  emptyText: 'No status yet.',
  fieldLabels: { state: 'State', asOf: 'As of', evidence: 'Evidence', links: 'Links' },
  shownField: (field, status) => {
    if (field === 'state') return implementationStateLabels[status.state]
    if (field === 'asOf') return status.asOf ? formatIsoDates(status.asOf) : '(none)'
    if (field === 'links') return status.links.length > 0 ? <EvidenceLinks links={status.links} /> : '(none)'
    return status.evidence.trim() !== '' ? status.evidence : '(empty)'
  },
  content: (status, { className }) => (
    <StatusText className={className} state={status.state} evidence={status.evidence} links={status.links} asOf={status.asOf} />
  ),
  form: {
    fields,
    formValues: statusFormValues,
    contentOf: statusFromFormValues,
    submitLabel: 'Save status',
  },
}
