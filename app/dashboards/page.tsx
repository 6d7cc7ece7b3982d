import type { Metadata } from 'next'

import { ConvergenceSection } from '@/components/dashboards/convergence-section'
import { CoverageSection } from '@/components/dashboards/coverage-section'
import { DeadlinePanel } from '@/components/dashboards/deadline-panel'
import { ImplementationSection } from '@/components/dashboards/implementation-section'
import { ActivityFeed } from '@/components/review/activity-feed'
import { PageHeader } from '@/components/ui/page-header'
import { PageSection } from '@/components/ui/page-section'
import { requirePageViewer } from '@/lib/auth/guard'
import { parseCoverageView } from '@/lib/dashboards/coverage'
import { getDashboards, type DashboardAudience } from '@/lib/dashboards/dashboards'
import { getDb } from '@/lib/db'
import { listActivity } from '@/lib/review/activity'
import type { SearchParams } from '@/lib/search-params'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Dashboards' }

const audiences: Record<DashboardAudience, string> = {
  secretariat: 'The figures count what delegations shared with the secretariat or with all participants.',
  delegation: 'The figures count what delegations shared with all participants, and what your delegation shared with the secretariat.',
  'all-participants': 'The figures count what delegations shared with all participants.',
}

export default async function DashboardsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePageViewer('/dashboards')
  const [dashboards, activity] = await Promise.all([
    getDashboards(getDb(), viewer, parseCoverageView(await searchParams)),
    listActivity(getDb(), viewer),
  ])

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        title="Dashboards"
        description={
          <p>
            Where the run-up to the stocktaking stands: who has shared positions on which items, how far they agree, and how far commitments
            are implemented. {audiences[dashboards.audience]} Drafts are never counted.
          </p>
        }
      />

      <PageSection id="deadline" title="Deadline" className="mt-8">
        <DeadlinePanel deadline={dashboards.deadline} />
      </PageSection>

      <PageSection id="coverage" title="Coverage" className="mt-10">
        <p className="mt-2 max-w-prose text-sm/6 text-slate-800">Which delegations have shared a position on which items.</p>
        <CoverageSection matrix={dashboards.coverage} />
      </PageSection>

      <PageSection id="convergence" title="Convergence" className="mt-10">
        <ConvergenceSection convergence={dashboards.convergence} />
      </PageSection>

      <PageSection id="implementation" title="Implementation" className="mt-10">
        <ImplementationSection implementation={dashboards.implementation} />
      </PageSection>

      <PageSection id="activity" title="Activity" className="mt-10">
        <p className="mt-2 max-w-prose text-sm/6 text-slate-800">The latest shares and review decisions you may see, newest first.</p>
        <div className="mt-4">
          <ActivityFeed entries={activity} />
        </div>
      </PageSection>
    </div>
  )
}
