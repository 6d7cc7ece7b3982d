import { Badge, type BadgeTone } from '@/components/ui/badge'
import type { Stance } from '@/lib/generated/prisma/enums'
import { stanceLabels } from '@/lib/positions/position-schemas'

// The label carries the stance; the tone only helps scan a list of positions.
const stanceTones: Record<Stance, BadgeTone> = {
  support: 'success',
  support_with_amendments: 'primary',
  neutral: 'neutral',
  concerns: 'warning',
  oppose: 'danger',
  no_position: 'neutral',
}

export function StanceBadge({ stance, className }: { stance: Stance; className?: string }) {
  return (
    <Badge tone={stanceTones[stance]} className={className}>
      {stanceLabels[stance]}
    </Badge>
  )
}
