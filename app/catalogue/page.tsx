import type { Metadata } from 'next'
import Form from 'next/form'
import Link from 'next/link'

import { compactControlClasses, fieldLabelClasses } from '@/components/ui/field'
import { ClusterBadge, ItemCode, ItemKindBadge, itemKindLabels } from '@/components/catalogue/item-badges'
import { buttonClasses, ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { catalogueFiltersQuery, hasFilters, parseCatalogueFilters, type CatalogueFilters } from '@/lib/catalogue/catalogue-filters'
import { findItems, getCatalogueFacets, type CatalogueFacets, type ItemSummary } from '@/lib/catalogue/queries'
import { cn } from '@/lib/cn'
import { getDb } from '@/lib/db'

// The catalogue lives in the database, which only exists at run time.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Catalogue',
  description:
    'Every GCM element and GFMD recommendation from the GFMD dialogue of 6 April 2017, searchable by cluster, kind, speaker and paragraph.',
}

type SearchParams = Record<string, string | string[] | undefined>
type FilterKey = keyof CatalogueFilters

const actorGroups = [
  { kind: 'person', label: 'People' },
  { kind: 'organisation', label: 'Organisations' },
  { kind: 'session', label: 'Sessions' },
  { kind: 'participants', label: 'Participants' },
] as const

const inlineLink = 'rounded-sm font-medium text-primary-800 underline underline-offset-4 hover:text-primary-950'
// Result rows hold many links: a lighter underline keeps them legible without shouting.
const metaLink =
  'rounded-sm text-primary-800 underline decoration-primary-300 underline-offset-4 hover:text-primary-950 hover:decoration-primary-800'

function withoutFilter(filters: CatalogueFilters, key: FilterKey): CatalogueFilters {
  const rest = { ...filters }
  delete rest[key]
  return rest
}

/** The report's cluster titles run to a whole sentence; the first clause names the theme. */
function shortClusterTitle(title: string): string {
  return title.split(',')[0] ?? title
}

function countLabel(count: number): string {
  return `${count} ${count === 1 ? 'item' : 'items'}`
}

/** What each active filter is called, on its chip and in the empty state. */
function describeFilters(filters: CatalogueFilters, facets: CatalogueFacets): { key: FilterKey; label: string }[] {
  const described: { key: FilterKey; label: string }[] = []
  if (filters.q !== undefined) described.push({ key: 'q', label: `Search: “${filters.q}”` })
  if (filters.cluster !== undefined) {
    const cluster = facets.clusters.find((candidate) => candidate.number === filters.cluster)
    const theme = cluster ? `: ${shortClusterTitle(cluster.title)}` : ''
    described.push({ key: 'cluster', label: `Cluster ${filters.cluster}${theme}` })
  }
  if (filters.kind !== undefined) described.push({ key: 'kind', label: `Kind: ${itemKindLabels[filters.kind]}` })
  if (filters.actor !== undefined) {
    const name = facets.actors.find((actor) => actor.key === filters.actor)?.name ?? filters.actor
    described.push({ key: 'actor', label: `Said by: ${name}` })
  }
  if (filters.paragraph !== undefined) described.push({ key: 'paragraph', label: `Para ${filters.paragraph}` })
  return described
}

/** "No item matches “zzzz” in Cluster 6, said by Wu Hongbo." */
function describeNoMatch(filters: CatalogueFilters, facets: CatalogueFacets): string {
  const conditions: string[] = []
  if (filters.cluster !== undefined) conditions.push(`in Cluster ${filters.cluster}`)
  if (filters.kind !== undefined) conditions.push(`of the kind “${itemKindLabels[filters.kind]}”`)
  if (filters.actor !== undefined) {
    conditions.push(`said by ${facets.actors.find((actor) => actor.key === filters.actor)?.name ?? filters.actor}`)
  }
  if (filters.paragraph !== undefined) conditions.push(`from para ${filters.paragraph}`)
  const subject = filters.q !== undefined ? `No item matches “${filters.q}”` : 'No item is'
  return `${[subject, conditions.join(', ')].filter(Boolean).join(' ')}.`
}

export default async function CataloguePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = parseCatalogueFilters(await searchParams)
  const query = catalogueFiltersQuery(filters)

  const db = getDb()
  const [items, facets] = await Promise.all([findItems(db, filters), getCatalogueFacets(db, filters)])
  const isFiltered = hasFilters(filters)
  const activeFilters = describeFilters(filters, facets)
  // The item page reads this back to offer a way back to the same results.
  const itemQuery = query ? `?from=${encodeURIComponent(query.slice(1))}` : ''

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-14 lg:px-8">
      <PageHeader
        eyebrow="GFMD dialogue on the GCM, 6 April 2017"
        title="Catalogue"
        description={
          <p>
            Every GCM element and GFMD recommendation drawn from the{' '}
            <Link href="/report" className={inlineLink}>
              summary report
            </Link>
            , with its source paragraph, who said it and its thematic clusters.
          </p>
        }
      />

      <div className="mt-8 grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)] lg:gap-10">
        <section
          aria-labelledby="filters-heading"
          className="self-start rounded-card border border-slate-200 bg-slate-50 p-4 sm:p-5 lg:sticky lg:top-6"
        >
          <h2 id="filters-heading" className="text-base font-semibold text-slate-900">
            Filter items
          </h2>
          <FilterForm filters={filters} facets={facets} />
        </section>

        <section aria-labelledby="results-heading" className="min-w-0">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
            <p aria-live="polite" className="text-sm font-medium text-slate-800">
              {isFiltered ? `${items.length} of ${countLabel(facets.total)}` : countLabel(facets.total)}
            </p>
            {isFiltered ? (
              <Link href="/catalogue" className={cn(inlineLink, 'text-sm')}>
                Clear filters
              </Link>
            ) : null}
          </div>

          {activeFilters.length > 0 ? (
            <div className="mt-3">
              <h3 className="sr-only">Active filters</h3>
              <ul className="flex flex-wrap gap-2">
                {activeFilters.map((filter) => (
                  <li key={filter.key} className="max-w-full">
                    <Link
                      href={`/catalogue${catalogueFiltersQuery(withoutFilter(filters, filter.key))}`}
                      className="inline-flex max-w-full items-center gap-1.5 rounded-full bg-primary-50 py-1 pr-2 pl-3 text-sm text-primary-900 ring-1 ring-primary-200 ring-inset hover:bg-primary-100"
                    >
                      <span className="sr-only">Remove filter </span>
                      <span className="truncate">{filter.label}</span>
                      <span aria-hidden="true" className="text-base leading-none text-primary-700">
                        ×
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}

          {items.length > 0 ? (
            <ol className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
              {items.map((item) => (
                <ItemRow key={item.code} item={item} href={`/catalogue/${encodeURIComponent(item.code)}${itemQuery}`} />
              ))}
            </ol>
          ) : (
            <EmptyState
              className="mt-4"
              headingLevel="h3"
              title="No items match"
              description={<p>{describeNoMatch(filters, facets)} Check the spelling, try other words, or clear the filters.</p>}
              action={
                <ButtonLink href="/catalogue" variant="secondary">
                  Clear filters
                </ButtonLink>
              }
            />
          )}
        </section>
      </div>
    </div>
  )
}

/**
 * next/form submits as a plain GET form without JavaScript; with it, it navigates
 * client-side, so focus stays put and the live result count is announced.
 * Uncontrolled fields ignore a new default value, so each is keyed by its own
 * filter: a field is rebuilt only when that filter changed from outside (a chip
 * removed, a link followed), never the button that was just pressed.
 */
function FilterForm({ filters, facets }: { filters: CatalogueFilters; facets: CatalogueFacets }) {
  const kinds = facets.kinds

  return (
    <Form action="/catalogue" role="search" aria-labelledby="filters-heading" className="mt-4 space-y-4">
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
          placeholder="e.g. remittances, E-16, Arbour"
          className={cn(compactControlClasses, 'placeholder:text-slate-500')}
        />
      </div>

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
        <div>
          <label htmlFor="filter-cluster" className={fieldLabelClasses}>
            GCM thematic cluster
          </label>
          <select
            key={filters.cluster ?? ''}
            id="filter-cluster"
            name="cluster"
            defaultValue={filters.cluster ?? ''}
            className={compactControlClasses}
          >
            <option value="">Any</option>
            {facets.clusters.map((cluster) => (
              <option key={cluster.number} value={cluster.number}>
                {`Cluster ${cluster.number} — ${shortClusterTitle(cluster.title)} (${cluster.count})`}
              </option>
            ))}
          </select>
        </div>

        <div>
          <label htmlFor="filter-kind" className={fieldLabelClasses}>
            Kind
          </label>
          <select key={filters.kind ?? ''} id="filter-kind" name="kind" defaultValue={filters.kind ?? ''} className={compactControlClasses}>
            <option value="">Any</option>
            {kinds.map(({ kind, count }) => (
              <option key={kind} value={kind}>
                {`${itemKindLabels[kind]} (${count})`}
              </option>
            ))}
          </select>
        </div>

        <div>
          <label htmlFor="filter-actor" className={fieldLabelClasses}>
            Who said it
          </label>
          <select
            key={filters.actor ?? ''}
            id="filter-actor"
            name="actor"
            defaultValue={filters.actor ?? ''}
            className={compactControlClasses}
          >
            <option value="">Any</option>
            {actorGroups.map((group) => {
              const actors = facets.actors.filter((actor) => actor.kind === group.kind)
              return actors.length > 0 ? (
                <optgroup key={group.kind} label={group.label}>
                  {actors.map((actor) => (
                    <option key={actor.key} value={actor.key}>
                      {`${actor.name} (${actor.count})`}
                    </option>
                  ))}
                </optgroup>
              ) : null
            })}
          </select>
        </div>

        <div>
          <label htmlFor="filter-paragraph" className={fieldLabelClasses}>
            Report paragraph
          </label>
          <select
            key={filters.paragraph ?? ''}
            id="filter-paragraph"
            name="paragraph"
            defaultValue={filters.paragraph ?? ''}
            className={compactControlClasses}
          >
            <option value="">Any</option>
            {facets.paragraphs.map((paragraph) => (
              <option key={paragraph.number} value={paragraph.number}>
                {`para ${paragraph.number} (${paragraph.count})`}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 pt-1">
        <button type="submit" className={buttonClasses()}>
          Apply filters
        </button>
        {hasFilters(filters) ? (
          <Link href="/catalogue" className={cn(inlineLink, 'text-sm')}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </Form>
  )
}

function ItemRow({ item, href }: { item: ItemSummary; href: string }) {
  const headingId = `item-${item.code}`

  return (
    <li>
      <article aria-labelledby={headingId} className="py-5">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
          <ItemCode code={item.code} />
          <ItemKindBadge kind={item.kind} />
          {item.clusters.map((cluster) => (
            <ClusterBadge key={cluster.number} number={cluster.number} title={cluster.title} />
          ))}
        </div>
        <h3 id={headingId} className="mt-2 text-base/6 font-semibold text-slate-900">
          <Link href={href} className="rounded-sm underline-offset-4 hover:text-primary-800 hover:underline">
            {item.title}
          </Link>
        </h3>
        <p className="mt-1.5 line-clamp-3 text-sm/6 text-slate-700">“{item.text}”</p>
        <dl className="mt-2.5 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex gap-1.5">
            <dt className="text-slate-600">Source</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-2">
                {item.paragraphs.map((paragraph) => (
                  <li key={paragraph}>
                    <Link href={`/report#p${paragraph}`} className={metaLink}>
                      para {paragraph}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          {item.actors.length > 0 ? (
            <div className="flex min-w-0 gap-1.5">
              <dt className="shrink-0 text-slate-600">Said by</dt>
              <dd className="min-w-0">
                <ul className="flex flex-wrap gap-x-1">
                  {item.actors.map((actor, index) => (
                    <li key={actor.key}>
                      <Link href={`/catalogue?actor=${encodeURIComponent(actor.key)}`} className={metaLink}>
                        {actor.name}
                      </Link>
                      {index < item.actors.length - 1 ? ',' : null}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
      </article>
    </li>
  )
}
