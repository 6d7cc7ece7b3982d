import type { DraftFieldSpec } from '@/components/drafts/draft-fields'
import type { DraftView } from '@/components/drafts/draft-view'
import { MAX_DRAFT_TEXT } from '@/lib/drafts/draft-schemas'
import { positionFormValues, positionFromFormValues, stanceLabels, stances, type PositionContent } from '@/lib/positions/position-schemas'

import { PositionText } from './position-text'

const fields: DraftFieldSpec[] = [
  { control: 'select', name: 'stance', label: 'Stance', options: stances, labels: stanceLabels },
  {
    control: 'textarea',
    name: 'rationale',
    label: 'Rationale',
    hint: 'Why your delegation takes this stance. Only your delegation sees the draft.',
    rows: 6,
    maxLength: MAX_DRAFT_TEXT,
  },
  {
    control: 'textarea',
    name: 'proposedWording',
    label: 'Proposed wording (optional)',
    hint: 'Text your delegation would like to see in the Compact.',
    rows: 4,
    maxLength: MAX_DRAFT_TEXT,
  },
]

/** How positions show in the draft panel, the shared list and the history. */
export const positionView: DraftView<PositionContent> = {
  idPrefix: 'position',
  noun: 'position',
  emptyText: 'No draft yet.',
  fieldLabels: { stance: 'Stance', rationale: 'Rationale', proposedWording: 'Proposed wording' },
  shownField: (field, content) => {
    if (field === 'stance') return stanceLabels[content.stance]
    const text = content[field]
    return text && text.trim() !== '' ? text : '(empty)'
  },
  content: (position, { itemText, className }) => (
    <PositionText
      className={className}
      stance={position.stance}
      rationale={position.rationale}
      proposedWording={position.proposedWording}
      itemText={itemText}
    />
  ),
  form: {
    fields,
    formValues: positionFormValues,
    contentOf: positionFromFormValues,
    submitLabel: 'Save draft',
  },
}
