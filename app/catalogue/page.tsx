import type { Metadata } from 'next'

import { ActiveFilters } from '@/components/catalogue/active-filters'
import { CatalogueFilterForm } from '@/components/catalogue/catalogue-filter-form'
import { ItemList } from '@/components/catalogue/item-list'
import { ClearFiltersLink, FilterPanel, NoFilterMatches } from '@/components/ui/filter-form'
import { PageHeader } from '@/components/ui/page-header'
import { TextLink } from '@/components/ui/text-link'
import { getViewer } from '@/lib/auth/guard'
import { getCataloguePage } from '@/lib/catalogue/catalogue-page'
import { getDb } from '@/lib/db'
import type { SearchParams } from '@/lib/search-params'

// The catalogue lives in the database, which only exists at run time.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Catalogue',
  description:
    'Every GCM element and GFMD recommendation from the GFMD dialogue of 6 April 2017, searchable by cluster, kind, speaker and paragraph.',
}

export default async function CataloguePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const catalogue = await getCataloguePage(getDb(), await getViewer(), await searchParams)

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-14 lg:px-8">
      <PageHeader
        eyebrow="GFMD dialogue on the GCM, 6 April 2017"
        title="Catalogue"
        description={
          <p>
            Every GCM element and GFMD recommendation drawn from the <TextLink href="/report">summary report</TextLink>, with its source
            paragraph, who said it and its thematic clusters.
          </p>
        }
      />

      <div className="mt-8 grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)] lg:gap-10">
        <FilterPanel title="Filter items" activeCount={catalogue.activeFilters.length} className="self-start lg:sticky lg:top-6">
          <CatalogueFilterForm filters={catalogue.filters} facets={catalogue.facets} />
        </FilterPanel>

        <section aria-labelledby="results-heading" className="min-w-0">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
            <p aria-live="polite" className="text-sm font-medium text-slate-800">
              {catalogue.resultCount}
            </p>
            {catalogue.isFiltered ? <ClearFiltersLink href="/catalogue" /> : null}
          </div>

          {catalogue.activeFilters.length > 0 ? <ActiveFilters filters={catalogue.activeFilters} /> : null}

          {catalogue.items.length > 0 ? (
            <ItemList items={catalogue.items} shareCounts={catalogue.shareCounts} itemQuery={catalogue.itemQuery} />
          ) : (
            <NoFilterMatches
              className="mt-4"
              title="No items match"
              description={<p>{catalogue.noMatch} Check the spelling, try other words, or clear the filters.</p>}
              clearHref="/catalogue"
            />
          )}
        </section>
      </div>
    </div>
  )
}
