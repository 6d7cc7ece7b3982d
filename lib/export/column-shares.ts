/**
 * A table's column widths as shares of the line, so a rationale gets more room than a
 * stance, yet every column keeps room for its longest word ("progress" is not broken).
 * `lineLength` is about how many characters fit on a full line in the renderer's type.
 * Both document renderers use it, so the Word and PDF tables look alike.
 */
export function columnShares(columns: string[], rows: string[][], lineLength: number): number[] {
  // The first rows tell enough; a consolidated table has hundreds.
  const texts = columns.map((column, index) => [column, ...rows.slice(0, 100).map((row) => row[index] ?? '')])
  // What most of a column's texts need (not its one longest name), up to the whole line for long texts:
  // the spare room then goes mostly to a column of rationales, not to a column of names.
  const wanted = texts.map((column) => Math.min(mostLengths(column) + 2, lineLength))
  const floors = texts.map((column, index) =>
    Math.min(Math.max(...column.flatMap((text) => text.split(/\s+/).map((word) => word.length))) + 2, wanted[index] ?? 0),
  )
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
  const spare = lineLength - sum(floors)
  const widths =
    sum(wanted) <= lineLength || spare <= 0
      ? spare <= 0
        ? floors
        : wanted
      : floors.map((floor, index) => floor + (spare * ((wanted[index] ?? 0) - floor)) / (sum(wanted) - sum(floors)))
  return widths.map((width) => width / sum(widths))
}

/** The length nine in ten of the texts stay within. */
function mostLengths(texts: string[]): number {
  const lengths = texts.map((text) => text.length).sort((a, b) => a - b)
  return lengths[Math.ceil(0.9 * lengths.length) - 1] ?? 0
}
