import { stanceLabels } from '@/lib/positions/position-schemas'
import type { Convergence, ItemConvergence } from '@/lib/dashboards/convergence'

import { DistributionTable } from './distribution-table'
import { stanceStyles } from './series-styles'
import { StackedBarChart } from './stacked-bar-chart'

const dispersionFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

function ItemList({
  id,
  title,
  items,
  describe,
}: {
  id: string
  title: string
  items: ItemConvergence[]
  describe: (item: ItemConvergence) => string
}) {
  return (
    <section aria-labelledby={id} className="rounded-card border border-slate-200 bg-white p-4 shadow-xs">
      <h3 id={id} className="font-semibold text-slate-900">
        {title}
      </h3>
      {items.length > 0 ? (
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm text-slate-800">
          {items.map((item) => (
            <li key={item.code}>
              <span className="font-medium">{item.code}</span> {item.title}: {describe(item)}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-slate-600">No item yet.</p>
      )}
    </section>
  )
}

/** The stances per item, the dispersion measure stated, and the two lists it ranks. */
export function ConvergenceSection({ convergence }: { convergence: Convergence }) {
  const categories = convergence.stances.map((stance) => stanceLabels[stance])
  const rows = convergence.items.map((item) => ({
    key: item.code,
    label: item.code,
    title: item.title,
    counts: item.counts,
    total: item.positions,
    extra: dispersionFormat.format(item.dispersion),
  }))
  return (
    <div className="mt-4 space-y-4">
      <p className="max-w-prose text-sm/6 text-slate-800">
        <strong>Dispersion</strong> is the normalised Shannon entropy of an item’s stances: −Σ pᵢ ln pᵢ ÷ ln 5, over the five stances (“No
        position yet” is not counted). 0 means every delegation took the same stance; 1 means they spread evenly over all five. The broadest
        support ranks items by how many delegations support them (with or without amendments); the most contested are the items with the
        highest dispersion among those with two positions or more.
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <ItemList
          id="broadest-support-heading"
          title="Broadest support"
          items={convergence.broadestSupport}
          describe={(item) => `${item.supporting} of ${item.positions} supporting`}
        />
        <ItemList
          id="most-contested-heading"
          title="Most contested"
          items={convergence.mostContested}
          describe={(item) => `dispersion ${dispersionFormat.format(item.dispersion)} over ${item.positions} positions`}
        />
      </div>
      {rows.length > 0 ? (
        <div className="grid items-start gap-4 xl:grid-cols-2">
          <StackedBarChart
            id="convergence"
            label="Convergence chart: stances per item"
            categories={categories}
            styles={stanceStyles}
            rows={rows}
          />
          <DistributionTable
            caption="Stances per item: delegations that shared a position"
            rowHeading="Item"
            categories={categories}
            rows={rows}
            extraHeading="Dispersion"
          />
        </div>
      ) : (
        <p className="text-sm text-slate-600">No position has been shared with you yet.</p>
      )}
    </div>
  )
}
