/**
 * The coverage matrix as a heat map drawn on the server (d3-scale): rows ×
 * columns, each cell's count written in it (a tick for one delegation's
 * column), so the shade only helps the eye. Its data is the table beside it.
 */
import { scaleBand, scaleLinear } from 'd3-scale'

import type { CoverageMatrix } from '@/lib/dashboards/coverage'

const ROW_LABEL_WIDTH = 72
const HEADER_HEIGHT = 84
const ROW_HEIGHT = 18

export function CoverageChart({ matrix }: { matrix: CoverageMatrix }) {
  const isDrilledDown = matrix.group !== null
  const cellWidth = isDrilledDown ? 22 : 64
  const width = ROW_LABEL_WIDTH + matrix.columns.length * cellWidth + 8
  const height = HEADER_HEIGHT + matrix.rows.length * ROW_HEIGHT + 4
  const x = scaleBand()
    .domain(matrix.columns.map((column) => column.key))
    .range([ROW_LABEL_WIDTH, width - 8])
    .paddingInner(0.08)
  const y = scaleBand()
    .domain(matrix.rows.map((row) => row.key))
    .range([HEADER_HEIGHT, height - 4])
    .paddingInner(0.1)
  const lefts = matrix.columns.map((column) => round(x(column.key) ?? 0))
  const centres = matrix.columns.map((column) => round((x(column.key) ?? 0) + x.bandwidth() / 2))
  const cellWidthDrawn = round(x.bandwidth())
  const cellHeight = round(y.bandwidth())
  const max = Math.max(1, ...matrix.rows.flatMap((row) => row.cells))
  const shade = scaleLinear<string>().domain([0, max]).range(['#eff6ff', '#93c5fd'])

  return (
    <div
      role="region"
      aria-label="Coverage chart"
      tabIndex={0}
      className="overflow-x-auto rounded-card border border-slate-200 bg-white p-2"
    >
      <svg
        role="img"
        aria-label={`Coverage chart: ${matrix.rows.length} rows by ${matrix.columns.length} columns; the same figures are in the table`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        fontSize="10"
      >
        {matrix.columns.map((column) => {
          const left = (x(column.key) ?? 0) + x.bandwidth() / 2
          return (
            <text key={column.key} transform={`translate(${left},${HEADER_HEIGHT - 6}) rotate(-50)`} fill="#0f172a">
              <title>{column.name}</title>
              {isDrilledDown ? column.label : shortGroupName(column.label)}
            </text>
          )
        })}
        {/* A drilled-down matrix has thousands of cells: each is one rect that inherits its stroke, with its title inside. */}
        <g stroke="#cbd5e1">
          {matrix.rows.map((row) => {
            const top = round(y(row.key) ?? 0)
            return row.cells.map((count, index) => (
              <rect
                key={`${row.key}:${index}`}
                x={lefts[index]}
                y={top}
                width={cellWidthDrawn}
                height={cellHeight}
                fill={count > 0 ? shade(count) : '#ffffff'}
              >
                <title>{`${row.label}, ${matrix.columns[index]?.name}: ${isDrilledDown ? (count > 0 ? 'shared' : 'not shared') : count}`}</title>
              </rect>
            ))
          })}
        </g>
        <g fill="#0f172a">
          {matrix.rows.map((row) => {
            const middle = round((y(row.key) ?? 0) + y.bandwidth() / 2 + 3.5)
            return (
              <g key={row.key}>
                <text x={ROW_LABEL_WIDTH - 6} y={middle} textAnchor="end">
                  {row.label}
                </text>
                <g textAnchor="middle">
                  {row.cells.map((count, index) =>
                    count > 0 ? (
                      <text key={index} x={centres[index]} y={middle}>
                        {isDrilledDown && matrix.view.rows === 'item' ? '✓' : count}
                      </text>
                    ) : null,
                  )}
                </g>
              </g>
            )
          })}
        </g>
      </svg>
    </div>
  )
}

/** A tenth of a pixel is enough, and keeps the page (thousands of coordinates) small. */
function round(value: number): number {
  return Math.round(value * 10) / 10
}

/** "Western European and Others Group" → "Western European…": the full name is in the column's title and the table. */
function shortGroupName(name: string): string {
  return name.length > 18 ? `${name.slice(0, 17).trimEnd()}…` : name
}
