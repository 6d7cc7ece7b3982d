import type { Metadata } from 'next'

import { ReviewFilterForm } from '@/components/review/review-filter-form'
import { ReviewQueueList } from '@/components/review/review-queue-list'
import { ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { NoFilterMatches } from '@/components/ui/filter-form'
import { PageHeader } from '@/components/ui/page-header'
import { PageSection } from '@/components/ui/page-section'
import { requirePageViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { plural } from '@/lib/plural'
import { getReviewPage } from '@/lib/review/review-page'
import type { SearchParams } from '@/lib/search-params'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Review queue' }

export default async function ReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePageViewer('/review', 'review.read')
  const { filters, queue, options, isFiltered, pageHref } = await getReviewPage(getDb(), viewer, await searchParams)
  const { entries, total, page, pageCount } = queue

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        eyebrow="GFMD secretariat"
        title="Review queue"
        actions={
          <ButtonLink href="/submissions" variant="secondary">
            Submissions and the consolidated contribution
          </ButtonLink>
        }
        description={
          <p>
            Every position, implementation status and comment delegations shared with the secretariat or with all participants, newest
            first. Open one to mark it reviewed, ask the delegation for clarification, include it in the consolidated contribution or keep a
            note.
          </p>
        }
      />

      <PageSection id="filters" title="Filter the queue" className="mt-8">
        <ReviewFilterForm filters={filters} options={options} isFiltered={isFiltered} />
      </PageSection>

      <PageSection
        id="queue"
        title={
          isFiltered
            ? plural(total, 'input matches', 'inputs match')
            : plural(total, 'input shared with the secretariat', 'inputs shared with the secretariat')
        }
        isLive
        className="mt-10"
      >
        <div className="mt-4">
          {entries.length > 0 ? (
            <ReviewQueueList entries={entries} />
          ) : isFiltered ? (
            <NoFilterMatches
              title="Nothing matches"
              description={<p>Try other filters, or clear them to see the whole queue.</p>}
              clearHref="/review"
            />
          ) : (
            <EmptyState
              headingLevel="h3"
              title="Nothing has been shared with the secretariat yet"
              description="Inputs appear here as soon as a focal point shares them."
            />
          )}
        </div>
        {pageCount > 1 ? (
          <nav aria-label="Queue pages" className="mt-6 flex flex-wrap items-center gap-3 text-sm">
            {page > 1 ? (
              <ButtonLink href={pageHref(page - 1)} variant="secondary" rel="prev">
                Newer
              </ButtonLink>
            ) : null}
            <span className="text-slate-700">
              Page {page} of {pageCount}
            </span>
            {page < pageCount ? (
              <ButtonLink href={pageHref(page + 1)} variant="secondary" rel="next">
                Older
              </ButtonLink>
            ) : null}
          </nav>
        ) : null}
      </PageSection>
    </div>
  )
}
