import { DraftHistory } from '@/components/positions/position-history'
import type { StatusContent, StatusHistoryEntry } from '@/lib/statuses/implementation-statuses'
import { implementationStateLabels } from '@/lib/statuses/status-schemas'

import { EvidenceLinks } from './evidence-links'
import { formatAsOf } from './status-labels'

const fieldLabels = { state: 'State', asOf: 'As of', evidence: 'Evidence', links: 'Links' } as const

function shown(field: keyof StatusContent, content: StatusContent) {
  if (field === 'state') return implementationStateLabels[content.state]
  if (field === 'asOf') return content.asOf ? formatAsOf(content.asOf) : '(none)'
  if (field === 'links') return content.links.length > 0 ? <EvidenceLinks links={content.links} /> : '(none)'
  return content.evidence.trim() !== '' ? content.evidence : '(empty)'
}

/** Every save and share of the delegation's implementation status. */
export function StatusHistory({ entries }: { entries: StatusHistoryEntry[] }) {
  return (
    <DraftHistory
      entries={entries}
      headingId="status-history-heading"
      fieldLabels={fieldLabels}
      shown={shown}
      // Links are a list: compare them as one text.
      isChanged={(field, before, after) => JSON.stringify(before[field]) !== JSON.stringify(after[field])}
    />
  )
}
