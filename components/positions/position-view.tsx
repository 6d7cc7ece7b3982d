import type { DraftView } from '@/components/drafts/draft-view'
import { stanceLabels, type PositionContent } from '@/lib/positions/position-schemas'

import { PositionText } from './position-text'

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
}
