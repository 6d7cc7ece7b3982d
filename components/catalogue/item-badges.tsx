import { Badge, type BadgeTone } from '@/components/ui/badge'
import type { ItemKind } from '@/lib/catalogue/catalogue-data'
import { itemKindLabels } from '@/lib/catalogue/item-kind'
import { cn } from '@/lib/cn'

// The label says the kind; the tone only helps tell the two main kinds apart in a list.
const itemKindTones: Record<ItemKind, BadgeTone> = {
  'gcm-element': 'primary',
  'gfmd-recommendation': 'accent',
  'compact-format': 'neutral',
  'process-gfmd-role': 'neutral',
}

export function ItemKindBadge({ kind, className }: { kind: ItemKind; className?: string }) {
  return (
    <Badge tone={itemKindTones[kind]} className={className}>
      {itemKindLabels[kind]}
    </Badge>
  )
}

type ClusterBadgeProps = {
  number: number
  /** The cluster's theme, shown on hover; the number alone is what the report uses. */
  title?: string
  className?: string
}

export function ClusterBadge({ number, title, className }: ClusterBadgeProps) {
  return (
    <Badge className={className}>
      <span title={title}>{`Cluster ${number}`}</span>
    </Badge>
  )
}

/** An item's catalogue code (E-16.03), set in monospace so codes line up in lists. */
export function ItemCode({ code, className }: { code: string; className?: string }) {
  return <span className={cn('font-mono text-sm whitespace-nowrap text-slate-600 tabular-nums', className)}>{code}</span>
}
