import { labelledOptions } from '@/components/ui/compact-select'
import { FilterActions, FilterForm, FilterSelect } from '@/components/ui/filter-form'
import type { ReviewPage } from '@/lib/review/review-page'
import { reviewInputKindLabels, reviewInputKinds, reviewStateLabels, reviewStates } from '@/lib/review/review-states'

type ReviewFilterFormProps = Pick<ReviewPage, 'filters' | 'options' | 'isFiltered'>

/** The queue's filters; the address holds them, so a view can be shared as a link. */
export function ReviewFilterForm({ filters, options, isFiltered }: ReviewFilterFormProps) {
  return (
    <FilterForm action="/review" className="mt-4 space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterSelect name="state" label="Review state" value={filters.state} options={labelledOptions(reviewStates, reviewStateLabels)} />
        <FilterSelect name="kind" label="Kind" value={filters.kind} options={labelledOptions(reviewInputKinds, reviewInputKindLabels)} />
        <FilterSelect
          name="delegation"
          label="Delegation"
          value={filters.delegation}
          options={options.delegations.map(({ code, name }) => ({ value: code, label: name }))}
        />
        <FilterSelect
          name="group"
          label="UN regional group"
          value={filters.group}
          options={options.groups.map((group) => ({ value: group, label: group }))}
        />
        <FilterSelect
          name="cluster"
          label="Cluster"
          value={filters.cluster}
          options={options.clusters.map(({ number, title }) => ({ value: number, label: `${number}. ${title}` }))}
        />
        <FilterSelect
          name="item"
          label="Item"
          value={filters.item}
          options={options.items.map(({ code, title }) => ({ value: code, label: `${code} ${title}` }))}
        />
      </div>
      <FilterActions clearHref="/review" isFiltered={isFiltered} />
    </FilterForm>
  )
}
