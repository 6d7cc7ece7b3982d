import { TextLink } from '@/components/ui/text-link'
import { RowHeader, ScrollTable, stickyColumn, Td, Th } from '@/components/ui/table'
import type { CoverageMatrix } from '@/lib/dashboards/coverage'

/** The coverage matrix's figures, with totals; a group's heading drills down to its delegations. */
export function CoverageTable({ matrix }: { matrix: CoverageMatrix }) {
  const isDrilledDown = matrix.group !== null
  const rowHeading = matrix.view.rows === 'cluster' ? 'Cluster' : 'Item'
  const unit = matrix.unit === 'delegations' ? 'delegations that shared a position' : 'positions shared'
  // Set once per row, not on each of up to thousands of cells.
  const cells =
    '[&>td]:border-b [&>td]:border-slate-100 [&>td]:bg-white [&>td]:px-3 [&>td]:py-1.5 [&>td]:text-right [&>td]:text-slate-800 [&>td]:tabular-nums'
  const cell = (count: number) => (isDrilledDown && matrix.view.rows === 'item' ? (count > 0 ? 'Shared' : '–') : count)

  return (
    <ScrollTable label="Coverage table">
      <caption className="px-3 py-2 text-left text-sm font-medium text-slate-800">
        {rowHeading}s by {isDrilledDown ? `delegation of the ${matrix.group?.name}` : 'UN regional group'}: {unit}
      </caption>
      <thead>
        <tr>
          <Th className={stickyColumn}>{rowHeading}</Th>
          {matrix.columns.map((column) => (
            <Th key={column.key} className="text-right normal-case">
              {column.href ? <TextLink href={column.href}>{column.name}</TextLink> : column.name}
              {isDrilledDown ? null : <span className="block font-normal text-slate-600">{column.delegations} delegations</span>}
            </Th>
          ))}
          <Th className="text-right">Total</Th>
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={row.key} className={cells}>
            <RowHeader className={`${stickyColumn} py-1.5 whitespace-nowrap`}>
              <span className="font-medium">{row.label}</span>
              <span className="sr-only"> {row.title}</span>
            </RowHeader>
            {row.cells.map((count, index) => (
              <td key={matrix.columns[index]?.key}>{cell(count)}</td>
            ))}
            <td className="font-semibold">{row.total}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <RowHeader className={`${stickyColumn} font-semibold`}>Total</RowHeader>
          {matrix.columnTotals.map((count, index) => (
            <Td key={matrix.columns[index]?.key} className="text-right font-semibold tabular-nums">
              {count}
            </Td>
          ))}
          <Td className="text-right font-semibold tabular-nums">{matrix.total}</Td>
        </tr>
      </tfoot>
    </ScrollTable>
  )
}
