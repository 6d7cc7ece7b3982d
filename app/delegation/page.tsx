import type { Metadata } from 'next'
import Form from 'next/form'
import Link from 'next/link'

import { compactControlClasses, fieldLabelClasses } from '@/components/ui/field'
import { itemKindLabels } from '@/components/catalogue/item-badges'
import { ClusterProgressList } from '@/components/tracker/cluster-progress'
import { TrackerTable } from '@/components/tracker/tracker-table'
import { buttonClasses } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageViewer } from '@/lib/auth/guard'
import { can } from '@/lib/auth/permissions'
import { itemKinds } from '@/lib/catalogue/catalogue-data'
import { cn } from '@/lib/cn'
import { getDb } from '@/lib/db'
import { implementationStateLabels, implementationStates } from '@/lib/statuses/status-schemas'
import { getDelegationTracker } from '@/lib/tracker/delegation-tracker'
import { parseTrackerFilters, positionProgress, positionProgressLabels, type TrackerFilters } from '@/lib/tracker/tracker-filters'

import { setStatusOfItemsAction, shareDraftsAction } from './actions'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'My delegation' }

const inlineLink = 'rounded-sm font-medium text-primary-800 underline underline-offset-4 hover:text-primary-950'

export default async function DelegationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePageViewer('/delegation', 'draft.edit')
  const filters = parseTrackerFilters(await searchParams)
  const tracker = await getDelegationTracker(getDb(), viewer, filters)
  const delegationName = viewer.delegation?.name ?? 'Your delegation'
  const isFiltered = Object.keys(filters).length > 0
  const shown = tracker.rows.length

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        eyebrow="My delegation"
        title={delegationName}
        description={
          <p>
            Your delegation’s positions and implementation statuses on every item. Drafts are seen by {delegationName} only; others see a
            position or status once a focal point shares it, and then only the version that was shared.
          </p>
        }
      />

      <section aria-labelledby="progress-heading" className="mt-8">
        <h2 id="progress-heading" className="text-lg font-semibold text-slate-900">
          Progress by cluster
        </h2>
        <div className="mt-4">
          <ClusterProgressList clusters={tracker.clusters} />
        </div>
      </section>

      <section aria-labelledby="filters-heading" className="mt-10">
        <h2 id="filters-heading" className="text-lg font-semibold text-slate-900">
          Filter items
        </h2>
        <FilterForm filters={filters} clusters={tracker.clusters.map(({ number }) => number)} />
      </section>

      <section aria-labelledby="items-heading" className="mt-10">
        <h2 id="items-heading" className="text-lg font-semibold text-slate-900" aria-live="polite">
          {isFiltered ? `${shown} of ${tracker.totalItems} items match` : `${shown} items`}
        </h2>
        <div className="mt-4">
          {shown > 0 ? (
            <TrackerTable
              rows={tracker.rows}
              setStatusAction={setStatusOfItemsAction}
              shareAction={can(viewer.role, 'draft.share') ? shareDraftsAction : null}
            />
          ) : (
            <EmptyState
              headingLevel="h3"
              title="No items match"
              description={<p>Try other filters, or clear them to see every item.</p>}
              action={
                <Link href="/delegation" className={buttonClasses({ variant: 'secondary' })}>
                  Clear filters
                </Link>
              }
            />
          )}
        </div>
      </section>
    </div>
  )
}

/**
 * A plain GET form: the URL holds the filters, so a view can be shared as a
 * link and the back button works. Fields are keyed by their filter so a new
 * URL shows its own values (uncontrolled fields ignore a new default).
 */
function FilterForm({ filters, clusters }: { filters: TrackerFilters; clusters: number[] }) {
  return (
    <Form action="/delegation" role="search" aria-labelledby="filters-heading" className="mt-4 space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <label htmlFor="filter-q" className={fieldLabelClasses}>
            Search items
          </label>
          <input
            key={filters.q ?? ''}
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
            maxLength={200}
            autoComplete="off"
            className={compactControlClasses}
          />
        </div>
        <div>
          <label htmlFor="filter-cluster" className={fieldLabelClasses}>
            Cluster
          </label>
          <select
            key={filters.cluster ?? ''}
            id="filter-cluster"
            name="cluster"
            defaultValue={filters.cluster ?? ''}
            className={compactControlClasses}
          >
            <option value="">Any</option>
            {clusters.map((number) => (
              <option key={number} value={number}>{`Cluster ${number}`}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-kind" className={fieldLabelClasses}>
            Kind
          </label>
          <select key={filters.kind ?? ''} id="filter-kind" name="kind" defaultValue={filters.kind ?? ''} className={compactControlClasses}>
            <option value="">Any</option>
            {itemKinds.map((kind) => (
              <option key={kind} value={kind}>
                {itemKindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-position" className={fieldLabelClasses}>
            Position
          </label>
          <select
            key={filters.position ?? ''}
            id="filter-position"
            name="position"
            defaultValue={filters.position ?? ''}
            className={compactControlClasses}
          >
            <option value="">Any</option>
            {positionProgress.map((progress) => (
              <option key={progress} value={progress}>
                {positionProgressLabels[progress]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-status" className={fieldLabelClasses}>
            Implementation status
          </label>
          <select
            key={filters.status ?? ''}
            id="filter-status"
            name="status"
            defaultValue={filters.status ?? ''}
            className={compactControlClasses}
          >
            <option value="">Any</option>
            <option value="none">No status</option>
            {implementationStates.map((state) => (
              <option key={state} value={state}>
                {implementationStateLabels[state]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <button type="submit" className={buttonClasses()}>
          Apply filters
        </button>
        {Object.keys(filters).length > 0 ? (
          <Link href="/delegation" className={cn(inlineLink, 'text-sm')}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </Form>
  )
}
