import { labelledOptions } from '@/components/ui/compact-select'
import { FilterActions, FilterForm, FilterSearch, FilterSelect } from '@/components/ui/filter-form'
import { itemKinds } from '@/lib/catalogue/catalogue-data'
import { itemKindLabels } from '@/lib/catalogue/item-kind'
import { hasFilters } from '@/lib/search-params'
import { positionProgress, positionProgressLabels, type TrackerFilters } from '@/lib/tracker/tracker-filters'

import { implementationStateOptions } from './state-options'

type TrackerFilterFormProps = {
  filters: TrackerFilters
  /** The cluster numbers to choose from. */
  clusters: number[]
}

/** The tracker's filters: the catalogue's own (search, cluster, kind) and where the delegation's work stands. */
export function TrackerFilterForm({ filters, clusters }: TrackerFilterFormProps) {
  return (
    <FilterForm action="/delegation" className="mt-4 space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <FilterSearch label="Search items" value={filters.q} maxLength={200} />
        <FilterSelect
          name="cluster"
          label="Cluster"
          value={filters.cluster}
          options={clusters.map((number) => ({ value: number, label: `Cluster ${number}` }))}
        />
        <FilterSelect name="kind" label="Kind" value={filters.kind} options={labelledOptions(itemKinds, itemKindLabels)} />
        <FilterSelect
          name="position"
          label="Position"
          value={filters.position}
          options={labelledOptions(positionProgress, positionProgressLabels)}
        />
        <FilterSelect
          name="status"
          label="Implementation status"
          value={filters.status}
          options={[{ value: 'none', label: 'No status' }, ...implementationStateOptions]}
        />
      </div>
      <FilterActions clearHref="/delegation" isFiltered={hasFilters(filters)} />
    </FilterForm>
  )
}
