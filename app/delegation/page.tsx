import type { Metadata } from 'next'

import { ClusterProgressList } from '@/components/tracker/cluster-progress'
import { TrackerFilterForm } from '@/components/tracker/tracker-filter-form'
import { TrackerTable } from '@/components/tracker/tracker-table'
import { NoFilterMatches } from '@/components/ui/filter-form'
import { ButtonLink } from '@/components/ui/button'
import { PageHeader } from '@/components/ui/page-header'
import { PageSection } from '@/components/ui/page-section'
import { requirePageViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import type { SearchParams } from '@/lib/search-params'
import { getTrackerPage } from '@/lib/tracker/tracker-page'

import { setStatusOfItemsAction, shareDraftsAction } from './actions'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'My delegation' }

export default async function DelegationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePageViewer('/delegation', 'draft.edit')
  const tracker = await getTrackerPage(getDb(), viewer, await searchParams)

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        eyebrow="My delegation"
        title={tracker.delegationName}
        actions={
          <>
            <ButtonLink href="/delegation/statuses" variant="secondary">
              Statuses in a spreadsheet
            </ButtonLink>
            <ButtonLink href="/delegation/submission" variant="secondary">
              Stocktaking submission
            </ButtonLink>
          </>
        }
        description={
          <p>
            Your delegation’s positions and implementation statuses on every item. Drafts are seen by {tracker.delegationName} only; others
            see a position or status once a focal point shares it, and then only the version that was shared.
          </p>
        }
      />

      <PageSection id="progress" title="Progress by cluster" className="mt-8">
        <div className="mt-4">
          <ClusterProgressList clusters={tracker.clusters} />
        </div>
      </PageSection>

      <PageSection id="filters" title="Filter items" className="mt-10">
        <TrackerFilterForm filters={tracker.filters} clusters={tracker.clusters.map(({ number }) => number)} />
      </PageSection>

      <PageSection id="items" title={tracker.resultHeading} isLive className="mt-10">
        <div className="mt-4">
          {tracker.rows.length > 0 ? (
            <TrackerTable
              rows={tracker.rows}
              sortLinks={tracker.sortLinks}
              setStatusAction={setStatusOfItemsAction}
              shareAction={tracker.canShare ? shareDraftsAction : null}
            />
          ) : (
            <NoFilterMatches
              title="No items match"
              description={<p>Try other filters, or clear them to see every item.</p>}
              clearHref="/delegation"
            />
          )}
        </div>
      </PageSection>
    </div>
  )
}
