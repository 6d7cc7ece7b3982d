import type { Metadata } from 'next'

import { DraftTable } from '@/components/positions/draft-table'
import { ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageViewer } from '@/lib/auth/guard'
import { findItems } from '@/lib/catalogue/queries'
import { getDb } from '@/lib/db'
import { listOwnDrafts, listSharedPositions } from '@/lib/positions/positions'
import { listOwnStatuses, listSharedStatuses } from '@/lib/statuses/implementation-statuses'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'My delegation' }

export default async function DelegationPage() {
  const viewer = await requirePageViewer('/delegation', 'position.edit')
  const db = getDb()
  const delegation = viewer.delegation
  // Drafts and shares are scoped by lib to the viewer's own delegation; the catalogue only adds titles and the order.
  const ownShares = { delegationCode: delegation?.code ?? '', currentOnly: true }
  const [drafts, shares, statuses, statusShares, items] = await Promise.all([
    listOwnDrafts(db, viewer),
    delegation ? listSharedPositions(db, viewer, ownShares) : [],
    listOwnStatuses(db, viewer),
    delegation ? listSharedStatuses(db, viewer, ownShares) : [],
    findItems(db),
  ])
  const titles = new Map(items.map((item) => [item.code, item.title]))
  const byItem = <Entry extends { itemCode: string }>(entries: Entry[]) => new Map(entries.map((entry) => [entry.itemCode, entry]))
  const [draftsByItem, sharesByItem, statusesByItem, statusSharesByItem] = [
    byItem(drafts),
    byItem(shares),
    byItem(statuses),
    byItem(statusShares),
  ]
  // One row per item with a position or a status, in catalogue order (retired items, not in the list, last).
  const order = new Map(items.map((item, index) => [item.code, index]))
  const itemCodes = [...new Set([...draftsByItem.keys(), ...statusesByItem.keys()])].sort(
    (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b),
  )
  const rows = itemCodes.map((itemCode) => ({
    itemCode,
    draft: draftsByItem.get(itemCode) ?? null,
    title: titles.get(itemCode) ?? null,
    share: sharesByItem.get(itemCode) ?? null,
    status: statusesByItem.get(itemCode) ?? null,
    statusShare: statusSharesByItem.get(itemCode) ?? null,
  }))
  const delegationName = delegation?.name ?? 'Your delegation'

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        eyebrow="My delegation"
        title={delegationName}
        description={
          <p>
            Your delegation’s positions and implementation statuses on the catalogue’s items. Drafts are seen by {delegationName} only;
            others see a position or status once a focal point shares it, and then only the version that was shared.
          </p>
        }
      />

      <section aria-labelledby="drafts-heading" className="mt-8">
        <h2 id="drafts-heading" className="text-lg font-semibold text-slate-900">
          {`${drafts.length} ${drafts.length === 1 ? 'position' : 'positions'}, ${statuses.length} ${statuses.length === 1 ? 'implementation status' : 'implementation statuses'}`}
        </h2>
        {rows.length > 0 ? (
          <DraftTable className="mt-4" rows={rows} />
        ) : (
          <EmptyState
            className="mt-4"
            headingLevel="h3"
            title="No positions yet"
            description={<p>Open an item in the catalogue to draft your delegation’s position on it.</p>}
            action={<ButtonLink href="/catalogue">Browse the catalogue</ButtonLink>}
          />
        )}
      </section>
    </div>
  )
}
