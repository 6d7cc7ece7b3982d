import Link from 'next/link'

import { formatDateTime } from '@/lib/dates'
import { RowHeader, ScrollTable, stickyColumn, Td, Th } from '@/components/accounts/table'
import { ItemCode } from '@/components/catalogue/item-badges'
import { visibilityLabels } from '@/lib/positions/visibility'
import { StateBadge } from '@/components/statuses/state-badge'
import type { Visibility } from '@/lib/generated/prisma/enums'
import type { PositionDraft } from '@/lib/positions/positions'
import type { StatusDraft } from '@/lib/statuses/implementation-statuses'

import { StanceBadge } from './stance-badge'

type CurrentShare = { version: number; visibility: Visibility }

export type DraftRow = {
  itemCode: string
  /** The position, or null when the delegation recorded only an implementation status on the item. */
  draft: PositionDraft | null
  /** The item's title, when it is still in the catalogue. */
  title: string | null
  /** The delegation's current share of the position, or null when it never shared it. */
  share: CurrentShare | null
  /** The implementation status, or null when none was recorded. */
  status: StatusDraft | null
  statusShare: CurrentShare | null
}

/** A draft's latest share, and whether the draft moved on since. */
function LatestShare({ share, draftVersion }: { share: CurrentShare | null; draftVersion: number }) {
  if (!share) return <span className="text-slate-600">Not shared</span>
  return (
    <>
      <span className="block">
        Version {share.version}: {visibilityLabels[share.visibility]}
      </span>
      {share.version !== draftVersion ? <span className="block text-amber-900">The draft has changed since</span> : null}
    </>
  )
}

/** The own delegation's drafts (positions and implementation statuses), one row per item. */
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
          <Th>Implementation status</Th>
          <Th>Status shared</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ itemCode, draft, title, share, status, statusShare }) => (
          <tr key={itemCode}>
            <RowHeader className={stickyColumn}>
              <Link
                href={`/catalogue/${encodeURIComponent(itemCode)}`}
                className="group block max-w-80 min-w-48 rounded-sm text-primary-800 hover:text-primary-950"
              >
                <ItemCode code={itemCode} className="text-primary-800 underline underline-offset-4" />
                {title ? <span className="mt-0.5 block text-slate-800 group-hover:text-primary-950">{title}</span> : null}
              </Link>
            </RowHeader>
            {draft ? (
              <>
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
                  <LatestShare share={share} draftVersion={draft.version} />
                </Td>
              </>
            ) : (
              <Td colSpan={4} className="text-slate-600">
                No position
              </Td>
            )}
            {status ? (
              <>
                <Td className="min-w-40">
                  <StateBadge state={status.state} />
                  <span className="mt-1 block text-slate-600 tabular-nums">Version {status.version}</span>
                </Td>
                <Td className="min-w-48">
                  <LatestShare share={statusShare} draftVersion={status.version} />
                </Td>
              </>
            ) : (
              <Td colSpan={2} className="text-slate-600">
                No status
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  )
}
