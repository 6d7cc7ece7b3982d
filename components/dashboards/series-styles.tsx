/**
 * How the charts tell categories apart: each has a fill and a pattern of its
 * own, so a category is told by its pattern (and the legend's words) as well
 * as its colour.
 */
type Pattern = 'solid' | 'diagonal' | 'dots' | 'cross' | 'horizontal'

export type SeriesStyle = { fill: string; ink: string; pattern: Pattern }

/** From agreement to disagreement, for the stances; in order of progress, for the implementation states. */
export const stanceStyles: SeriesStyle[] = [
  { fill: '#166534', ink: '#166534', pattern: 'solid' },
  { fill: '#bbf7d0', ink: '#166534', pattern: 'diagonal' },
  { fill: '#e2e8f0', ink: '#334155', pattern: 'dots' },
  { fill: '#fde68a', ink: '#92400e', pattern: 'cross' },
  { fill: '#fecaca', ink: '#991b1b', pattern: 'horizontal' },
]

export const stateStyles: SeriesStyle[] = [
  { fill: '#f1f5f9', ink: '#475569', pattern: 'dots' },
  { fill: '#bfdbfe', ink: '#1e40af', pattern: 'diagonal' },
  { fill: '#1d4ed8', ink: '#1d4ed8', pattern: 'solid' },
  { fill: '#bbf7d0', ink: '#166534', pattern: 'cross' },
  { fill: '#ffffff', ink: '#475569', pattern: 'horizontal' },
]

export function patternId(prefix: string, index: number): string {
  return `${prefix}-pattern-${index}`
}

/** The <defs> a chart's bars and its legend's swatches fill from. */
export function SeriesPatterns({ prefix, styles }: { prefix: string; styles: SeriesStyle[] }) {
  return (
    <defs>
      {styles.map((style, index) => (
        <pattern key={index} id={patternId(prefix, index)} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill={style.fill} />
          {style.pattern === 'diagonal' ? <path d="M-1 1l2-2M0 6l6-6M5 7l2-2" stroke={style.ink} strokeWidth="1.2" /> : null}
          {style.pattern === 'dots' ? <circle cx="3" cy="3" r="1.1" fill={style.ink} /> : null}
          {style.pattern === 'cross' ? <path d="M0 0l6 6M6 0l-6 6" stroke={style.ink} strokeWidth="1" /> : null}
          {style.pattern === 'horizontal' ? <path d="M0 3h6" stroke={style.ink} strokeWidth="1.2" /> : null}
        </pattern>
      ))}
    </defs>
  )
}

/** The legend: a swatch of each pattern beside its words. */
export function SeriesLegend({ prefix, styles, labels }: { prefix: string; styles: SeriesStyle[]; labels: string[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
      {labels.map((label, index) => (
        <li key={label} className="flex items-center gap-1.5">
          <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
            <SeriesPatterns prefix={`${prefix}-legend-${index}`} styles={styles.slice(index, index + 1)} />
            <rect x="0.5" y="0.5" width="15" height="15" fill={`url(#${patternId(`${prefix}-legend-${index}`, 0)})`} stroke="#334155" />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  )
}
