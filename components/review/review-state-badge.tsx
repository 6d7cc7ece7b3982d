import { Badge, type BadgeTone } from '@/components/ui/badge'
import type { ReviewState } from '@/lib/generated/prisma/enums'
import { reviewStateLabels } from '@/lib/review/review-states'

const tones: Record<ReviewState, BadgeTone> = {
  not_reviewed: 'neutral',
  reviewed: 'primary',
  clarification_requested: 'warning',
  included: 'success',
}

/** The review state in words; the colour only reinforces them. */
export function ReviewStateBadge({ state }: { state: ReviewState }) {
  return <Badge tone={tones[state]}>{reviewStateLabels[state]}</Badge>
}

/** Whether the secretariat's question is still waiting for the delegation. */
export function ClarificationBadge({ clarification }: { clarification: 'open' | 'answered' | null }) {
  if (!clarification) return null
  return clarification === 'open' ? (
    <Badge tone="warning">Awaiting the delegation’s answer</Badge>
  ) : (
    <Badge tone="accent">Delegation answered</Badge>
  )
}
