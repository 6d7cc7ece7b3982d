import type { Metadata } from 'next'

import { DelegationFilterForm } from '@/components/accounts/delegation-filter-form'
import { DelegationTable } from '@/components/accounts/delegation-table'
import { FilterPanel, NoFilterMatches } from '@/components/ui/filter-form'
import { PageHeader } from '@/components/ui/page-header'
import { getDelegationDirectory } from '@/lib/accounts/delegation-directory'
import { requirePageViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import type { SearchParams } from '@/lib/search-params'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Delegations · Administration' }

export default async function AdminDelegationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePageViewer('/admin/delegations', 'accounts.administer')
  const directory = await getDelegationDirectory(getDb(), viewer, await searchParams)

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader title="Delegations" description={<p>{directory.counts}.</p>} />

      <FilterPanel title="Find delegations" className="mt-8">
        <DelegationFilterForm filters={directory.filters} regionalGroups={directory.regionalGroups} />
      </FilterPanel>

      <section aria-labelledby="results-heading" className="mt-8">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="results-heading" className="text-lg font-semibold text-slate-900">
            {directory.isFiltered ? 'Matching delegations' : 'All delegations'}
          </h2>
          <p aria-live="polite" className="text-sm font-medium text-slate-700">
            {directory.resultCount}
          </p>
        </div>

        {directory.delegations.length > 0 ? (
          <DelegationTable delegations={directory.delegations} />
        ) : (
          <NoFilterMatches
            className="mt-4"
            title="No delegation matches"
            description={<p>Check the spelling, search by the three-letter code, or clear the filters.</p>}
            clearHref="/admin/delegations"
          />
        )}
      </section>
    </div>
  )
}
