import { InlineList } from '@/components/ui/inline-list'
import { TextLink } from '@/components/ui/text-link'
import { coverageHref, type CoverageMatrix } from '@/lib/dashboards/coverage'

import { CoverageChart } from './coverage-chart'
import { CoverageTable } from './coverage-table'

/** The coverage matrix's views (rows by item or cluster; a group's delegations), its chart and its table. */
export function CoverageSection({ matrix }: { matrix: CoverageMatrix }) {
  const { view, group } = matrix
  return (
    <div className="mt-4 space-y-4">
      <nav aria-label="Coverage views" className="space-y-2 text-sm text-slate-800">
        <p>
          Rows:{' '}
          {view.rows === 'item' ? (
            <>
              <strong>by item</strong> · <TextLink href={coverageHref({ ...view, rows: 'cluster' })}>by cluster</TextLink>
            </>
          ) : (
            <>
              <TextLink href={coverageHref({ ...view, rows: 'item' })}>by item</TextLink> · <strong>by cluster</strong>
            </>
          )}
        </p>
        <p>
          Columns:{' '}
          {group ? (
            <>
              the delegations of the <strong>{group.name}</strong> ({group.delegations}) ·{' '}
              <TextLink href={coverageHref({ ...view, group: null })}>back to all regional groups</TextLink>
            </>
          ) : (
            <strong>UN regional groups</strong>
          )}
        </p>
        <p>
          Drill down into a group:{' '}
          <InlineList
            items={matrix.groups.map((each) => ({
              key: each.slug,
              content:
                each.slug === group?.slug ? (
                  <strong>{each.name}</strong>
                ) : (
                  <TextLink href={coverageHref({ ...view, group: each.slug })}>{each.name}</TextLink>
                ),
            }))}
          />
        </p>
      </nav>
      <div className="grid items-start gap-4 xl:grid-cols-[auto_minmax(0,1fr)]">
        <CoverageChart matrix={matrix} />
        <CoverageTable matrix={matrix} />
      </div>
    </div>
  )
}
