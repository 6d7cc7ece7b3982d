/**
 * Horizontal stacked bars drawn on the server (d3-scale, d3-shape's stack):
 * one bar per row, one patterned segment per category, the row's total
 * written at its end. An SVG image whose data is the table beside it.
 */
import { scaleBand, scaleLinear } from 'd3-scale'
import { stack } from 'd3-shape'

import { patternId, SeriesLegend, SeriesPatterns, type SeriesStyle } from './series-styles'

export type StackedRow = { key: string; label: string; title: string; counts: number[]; total: number }

type StackedBarChartProps = {
  /** Unique on the page: it prefixes the patterns' ids. */
  id: string
  /** The image's accessible name, e.g. "Stances per item, chart". */
  label: string
  categories: string[]
  styles: SeriesStyle[]
  rows: StackedRow[]
}

const WIDTH = 640
const LABEL_WIDTH = 88
const TOTAL_WIDTH = 40
const ROW_HEIGHT = 22

export function StackedBarChart({ id, label, categories, styles, rows }: StackedBarChartProps) {
  const height = rows.length * ROW_HEIGHT + 8
  const max = Math.max(1, ...rows.map((row) => row.total))
  const x = scaleLinear()
    .domain([0, max])
    .range([LABEL_WIDTH, WIDTH - TOTAL_WIDTH])
  const y = scaleBand()
    .domain(rows.map((row) => row.key))
    .range([4, height - 4])
    .paddingInner(0.25)
  const series = stack<StackedRow, number>()
    .keys(categories.map((_, index) => index))
    .value((row, index) => row.counts[index] ?? 0)(rows)

  return (
    <div className="space-y-3">
      <SeriesLegend prefix={id} styles={styles} labels={categories} />
      <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-3xl" fontSize="11">
        <SeriesPatterns prefix={id} styles={styles} />
        {rows.map((row) => (
          <text key={row.key} x={LABEL_WIDTH - 6} y={(y(row.key) ?? 0) + y.bandwidth() / 2} dy="0.35em" textAnchor="end" fill="#0f172a">
            {row.label}
          </text>
        ))}
        {series.map((segments, category) =>
          segments.map((segment, index) => {
            const row = rows[index]
            const count = segment[1] - segment[0]
            if (!row || count === 0) return null
            return (
              <rect
                key={`${category}-${row.key}`}
                x={x(segment[0])}
                y={y(row.key)}
                width={x(segment[1]) - x(segment[0])}
                height={y.bandwidth()}
                fill={`url(#${patternId(id, category)})`}
                stroke="#334155"
                strokeWidth="0.75"
              >
                <title>{`${row.label}: ${categories[category]} ${count} of ${row.total}`}</title>
              </rect>
            )
          }),
        )}
        {rows.map((row) => (
          <text key={row.key} x={x(row.total) + 6} y={(y(row.key) ?? 0) + y.bandwidth() / 2} dy="0.35em" fill="#0f172a">
            {row.total}
          </text>
        ))}
      </svg>
    </div>
  )
}
