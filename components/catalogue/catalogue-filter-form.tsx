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

/** The catalogue's filters, each choice with how many items it would show. */
export function CatalogueFilterForm({ filters, facets }: { filters: CatalogueFilters; facets: CatalogueFacets }) {
  const actorOptions = actorGroups
    .map((group) => ({
      group: group.label,
      options: facets.actors
        .filter((actor) => actor.kind === group.kind)
        .map((actor) => ({ value: actor.key, label: `${actor.name} (${actor.count})` })),
    }))
    .filter((group) => group.options.length > 0)

  return (
    <FilterForm action="/catalogue" labelledBy="filters-heading" className="mt-4 space-y-4">
      <FilterSearch label="Search items" value={filters.q} maxLength={200} placeholder="e.g. remittances, E-16, Arbour" />

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
        <FilterSelect
          name="cluster"
          label="GCM thematic cluster"
          value={filters.cluster}
          options={facets.clusters.map((cluster) => ({
            value: cluster.number,
            label: `Cluster ${cluster.number} — ${shortClusterTitle(cluster.title)} (${cluster.count})`,
          }))}
        />
        <FilterSelect
          name="kind"
          label="Kind"
          value={filters.kind}
          options={facets.kinds.map(({ kind, count }) => ({ value: kind, label: `${itemKindLabels[kind]} (${count})` }))}
        />
        <FilterSelect name="actor" label="Who said it" value={filters.actor} options={actorOptions} />
        <FilterSelect
          name="paragraph"
          label="Report paragraph"
          value={filters.paragraph}
          options={facets.paragraphs.map((paragraph) => ({
            value: paragraph.number,
            label: `para ${paragraph.number} (${paragraph.count})`,
          }))}
        />
      </div>

      <FilterActions clearHref="/catalogue" isFiltered={hasFilters(filters)} className="pt-1" />
    </FilterForm>
  )
}
