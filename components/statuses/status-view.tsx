import type { DraftView } from '@/components/drafts/draft-view'
import { formatDay } from '@/lib/dates'
import { implementationStateLabels, type StatusContent } from '@/lib/statuses/status-schemas'

import { EvidenceLinks } from './evidence-links'
import { StatusText } from './status-text'

/** How implementation statuses show in the draft panel, the shared list and the history. */
export const statusView: DraftView<StatusContent> = {
  idPrefix: 'status',
  noun: 'implementation status',
  intro: (delegationName) => `What ${delegationName} already does about this item. `,
  emptyText: 'No status yet.',
  fieldLabels: { state: 'State', asOf: 'As of', evidence: 'Evidence', links: 'Links' },
  shownField: (field, status) => {
    if (field === 'state') return implementationStateLabels[status.state]
    if (field === 'asOf') return status.asOf ? formatDay(status.asOf) : '(none)'
    if (field === 'links') return status.links.length > 0 ? <EvidenceLinks links={status.links} /> : '(none)'
    return status.evidence.trim() !== '' ? status.evidence : '(empty)'
  },
  content: (status, { className }) => (
    <StatusText className={className} state={status.state} evidence={status.evidence} links={status.links} asOf={status.asOf} />
  ),
}
