import type { Metadata } from 'next'

import { DraftTable } from '@/components/positions/draft-table'
import { ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageViewer } from '@/lib/auth/guard'
import { findItems } from '@/lib/catalogue/queries'
import { getDb } from '@/lib/db'
import { listOwnDrafts, listSharedPositions } from '@/lib/positions/positions'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'My delegation' }

export default async function DelegationPage() {
  const viewer = await requirePageViewer('/delegation', 'position.edit')
  const db = getDb()
  const delegation = viewer.delegation
  // Drafts and shares are scoped by lib to the viewer's own delegation; the catalogue only adds titles.
  const [drafts, shares, items] = await Promise.all([
    listOwnDrafts(db, viewer),
    delegation ? listSharedPositions(db, viewer, { delegationCode: delegation.code, currentOnly: true }) : [],
    findItems(db),
  ])
  const titles = new Map(items.map((item) => [item.code, item.title]))
  const currentShares = new Map(shares.map((share) => [share.itemCode, share]))
  const rows = drafts.map((draft) => ({
    draft,
    title: titles.get(draft.itemCode) ?? null,
    share: currentShares.get(draft.itemCode) ?? null,
  }))
  const delegationName = delegation?.name ?? 'Your delegation'

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        eyebrow="My delegation"
        title={delegationName}
        description={
          <p>
            Your delegation’s positions on the catalogue’s items. Drafts are seen by {delegationName} only; others see a position once a
            focal point shares it, and then only the version that was shared.
          </p>
        }
      />

      <section aria-labelledby="drafts-heading" className="mt-8">
        <h2 id="drafts-heading" className="text-lg font-semibold text-slate-900">
          {`${drafts.length} ${drafts.length === 1 ? 'position' : 'positions'}`}
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
