import { FilterActions, FilterForm, FilterSearch, FilterSelect } from '@/components/ui/filter-form'
import { shortClusterTitle, type ActorKind } from '@/lib/catalogue/catalogue-data'
import type { CatalogueFilters } from '@/lib/catalogue/catalogue-filters'
import { itemKindLabels } from '@/lib/catalogue/item-kind'
import type { CatalogueFacets } from '@/lib/catalogue/queries'
import { hasFilters } from '@/lib/search-params'

const actorGroups: { kind: ActorKind; label: string }[] = [
  { kind: 'person', label: 'People' },
  { kind: 'organisation', label: 'Organisations' },
  { kind: 'session', label: 'Sessions' },
  { kind: 'participants', label: 'Participants' },
]

/** Each facet's choices, labelled with how many items each would show. */
function facetOptions(facets: CatalogueFacets) {
  const counted = (label: string, count: number) => `${label} (${count})`
  return {
    clusters: facets.clusters.map((cluster) => ({
      value: cluster.number,
      label: counted(`Cluster ${cluster.number} — ${shortClusterTitle(cluster.title)}`, cluster.count),
    })),
    kinds: facets.kinds.map(({ kind, count }) => ({ value: kind, label: counted(itemKindLabels[kind], count) })),
    actors: actorGroups
      .map((group) => ({
        group: group.label,
        options: facets.actors
          .filter((actor) => actor.kind === group.kind)
          .map((actor) => ({ value: actor.key, label: counted(actor.name, actor.count) })),
      }))
      .filter((group) => group.options.length > 0),
    paragraphs: facets.paragraphs.map((paragraph) => ({
      value: paragraph.number,
      label: counted(`para ${paragraph.number}`, paragraph.count),
    })),
  }
}

export function CatalogueFilterForm({ filters, facets }: { filters: CatalogueFilters; facets: CatalogueFacets }) {
  const options = facetOptions(facets)

  return (
    <FilterForm action="/catalogue" className="mt-4 space-y-4">
      <FilterSearch label="Search items" value={filters.q} maxLength={200} placeholder="e.g. remittances, E-16, Arbour" />

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
        <FilterSelect name="cluster" label="GCM thematic cluster" value={filters.cluster} options={options.clusters} />
        <FilterSelect name="kind" label="Kind" value={filters.kind} options={options.kinds} />
        <FilterSelect name="actor" label="Who said it" value={filters.actor} options={options.actors} />
        <FilterSelect name="paragraph" label="Report paragraph" value={filters.paragraph} options={options.paragraphs} />
      </div>

      <FilterActions clearHref="/catalogue" isFiltered={hasFilters(filters)} className="pt-1" />
    </FilterForm>
  )
}
