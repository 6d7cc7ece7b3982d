import { labelledOptions } from '@/components/ui/compact-select'
import { FilterActions, FilterForm, FilterSearch, FilterSelect } from '@/components/ui/filter-form'
import { delegationKinds, type DelegationFilters } from '@/lib/accounts/delegation-directory'
import { delegationKindLabels } from '@/lib/accounts/delegations'
import { hasFilters } from '@/lib/search-params'

/** Find delegations by name or code, kind and UN regional group. */
export function DelegationFilterForm({ filters, regionalGroups }: { filters: DelegationFilters; regionalGroups: string[] }) {
  return (
    <FilterForm
      action="/admin/delegations"

      className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,1fr)_11rem_18rem_auto] lg:items-end"
    >
      <FilterSearch idPrefix="delegation" label="Name or code" value={filters.q} maxLength={100} placeholder="e.g. Mexico, DEU, IOM" />
      <FilterSelect
        idPrefix="delegation"
        name="kind"
        label="Kind"
        value={filters.kind}
        options={labelledOptions(delegationKinds, delegationKindLabels)}
      />
      <FilterSelect
        idPrefix="delegation"
        name="group"
        label="UN regional group"
        value={filters.regionalGroup}
        options={regionalGroups.map((group) => ({ value: group, label: group }))}
      />
      <FilterActions clearHref="/admin/delegations" isFiltered={hasFilters(filters)} />
    </FilterForm>
  )
}
