import { implementationStateLabels } from '@/lib/statuses/status-schemas'
import type { Implementation, StateDistribution } from '@/lib/dashboards/implementation'

import { DistributionTable } from './distribution-table'
import { stateStyles } from './series-styles'
import { StackedBarChart } from './stacked-bar-chart'

function Distribution({ id, title, rows, states }: { id: string; title: string; rows: StateDistribution[]; states: string[] }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h3 id={`${id}-heading`} className="font-semibold text-slate-900">
        {title}
      </h3>
      <div className="grid items-start gap-4 xl:grid-cols-2">
        <StackedBarChart id={id} label={`${title}, chart`} categories={states} styles={stateStyles} rows={rows} />
        <DistributionTable
          caption={`${title}: implementation statuses shared`}
          rowHeading={rows[0]?.label.split(' ')[0] ?? ''}
          categories={states}
          rows={rows}
        />
      </div>
    </section>
  )
}

/** Implementation statuses per cluster, and per 2018 GCM objective through the catalogue's crosswalk. */
export function ImplementationSection({ implementation }: { implementation: Implementation }) {
  const states = implementation.states.map((state) => implementationStateLabels[state])
  return (
    <div className="mt-4 space-y-8">
      <p className="max-w-prose text-sm/6 text-slate-800">
        An item in two clusters, or anticipating two objectives, counts in each: the rows do not add up to the number of statuses.
      </p>
      <Distribution id="implementation-clusters" title="Per cluster" rows={implementation.clusters} states={states} />
      <Distribution id="implementation-objectives" title="Per 2018 GCM objective" rows={implementation.objectives} states={states} />
    </div>
  )
}
