import { Badge, type BadgeTone } from '@/components/ui/badge'
import type { ImplementationState } from '@/lib/generated/prisma/enums'
import { implementationStateLabels } from '@/lib/statuses/status-schemas'

// The label carries the state; the tone only helps scan a list.
const stateTones: Record<ImplementationState, BadgeTone> = {
  not_started: 'neutral',
  planned: 'accent',
  in_progress: 'primary',
  implemented: 'success',
  not_applicable: 'neutral',
}

export function StateBadge({ state, className }: { state: ImplementationState; className?: string }) {
  return (
    <Badge tone={stateTones[state]} className={className}>
      {implementationStateLabels[state]}
    </Badge>
  )
}
