import Link from 'next/link'

import { formatDateTime } from '@/lib/dates'
import { RowHeader, ScrollTable, stickyColumn, Td, Th } from '@/components/accounts/table'
import { ItemCode } from '@/components/catalogue/item-badges'
import { visibilityLabels } from '@/lib/positions/visibility'
import type { PositionDraft, SharedPosition } from '@/lib/positions/positions'

import { StanceBadge } from './stance-badge'

export type DraftRow = {
  draft: PositionDraft
  /** The item's title, when it is still in the catalogue. */
  title: string | null
  /** The delegation's current share of the item, or null when it never shared it. */
  share: Pick<SharedPosition, 'version' | 'visibility'> | null
}

/** The own delegation's drafts, one row per item. */
export function DraftTable({ rows, className }: { rows: DraftRow[]; className?: string }) {
  return (
    <ScrollTable label="Draft positions" className={className}>
      <thead>
        <tr>
          <Th className={stickyColumn}>Item</Th>
          <Th>Stance</Th>
          <Th>Version</Th>
          <Th>Last saved</Th>
          <Th>Latest share</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ draft, title, share }) => (
          <tr key={draft.itemCode}>
            <RowHeader className={stickyColumn}>
              <Link
                href={`/catalogue/${encodeURIComponent(draft.itemCode)}`}
                className="group block max-w-80 min-w-48 rounded-sm text-primary-800 hover:text-primary-950"
              >
                <ItemCode code={draft.itemCode} className="text-primary-800 underline underline-offset-4" />
                {title ? <span className="mt-0.5 block text-slate-800 group-hover:text-primary-950">{title}</span> : null}
              </Link>
            </RowHeader>
            <Td>
              <StanceBadge stance={draft.stance} />
            </Td>
            <Td className="tabular-nums">{draft.version}</Td>
            <Td className="min-w-44">
              <span className="block">{draft.updatedBy}</span>
              <time dateTime={draft.updatedAt.toISOString()} className="block whitespace-nowrap text-slate-600">
                {formatDateTime(draft.updatedAt)}
              </time>
            </Td>
            <Td className="min-w-48">
              {share ? (
                <>
                  <span className="block">
                    Version {share.version}: {visibilityLabels[share.visibility]}
                  </span>
                  {share.version !== draft.version ? <span className="block text-amber-900">The draft has changed since</span> : null}
                </>
              ) : (
                <span className="text-slate-600">Not shared</span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  )
}
