import type { ReactNode } from 'react'

import { RowHeader, ScrollTable, stickyColumn, Td, Th } from '@/components/ui/table'

import type { StackedRow } from './stacked-bar-chart'

type DistributionTableProps = {
  caption: ReactNode
  /** The first column's heading: "Item", "Cluster". */
  rowHeading: string
  categories: string[]
  rows: (StackedRow & { extra?: ReactNode })[]
  /** A last column, such as the dispersion. */
  extraHeading?: string
}

/** A chart's data as a table: one row per bar, one column per category, and the total. */
export function DistributionTable({ caption, rowHeading, categories, rows, extraHeading }: DistributionTableProps) {
  return (
    <ScrollTable label={typeof caption === 'string' ? caption : rowHeading}>
      <caption className="px-3 py-2 text-left text-sm font-medium text-slate-800">{caption}</caption>
      <thead>
        <tr>
          <Th className={stickyColumn}>{rowHeading}</Th>
          {categories.map((category) => (
            <Th key={category} className="text-right">
              {category}
            </Th>
          ))}
          <Th className="text-right">Total</Th>
          {extraHeading ? <Th className="text-right">{extraHeading}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <RowHeader className={`${stickyColumn} py-1.5 whitespace-nowrap`}>
              <span className="font-medium">{row.label}</span>
              <span className="block max-w-64 truncate text-xs text-slate-600" title={row.title}>
                {row.title}
              </span>
            </RowHeader>
            {row.counts.map((count, index) => (
              <Td key={categories[index]} className="py-1.5 text-right tabular-nums">
                {count}
              </Td>
            ))}
            <Td className="py-1.5 text-right font-semibold tabular-nums">{row.total}</Td>
            {extraHeading ? <Td className="py-1.5 text-right tabular-nums">{row.extra}</Td> : null}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  )
}
