/**
 * Formula injection (OWASP "CSV injection"): a spreadsheet reads a cell that
 * starts with `=`, `+`, `-` or `@` (or a tab or carriage return before one)
 * as a formula, so text a delegation typed could run in the reader's Excel.
 * Both spreadsheet renderers pass every text cell through here; numbers stay
 * numbers.
 */
import type { Cell } from './table'

const FORMULA_START = /^[=+\-@\t\r]/

/** The cell as it is safe to write: text that a spreadsheet would read as a formula gets a leading `'`. */
export function neutraliseCell<Value extends Cell>(value: Value): Value {
  return (typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value) as Value
}

/** The text a neutralised cell stood for, when a spreadsheet the app wrote comes back (the status upload). */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text
}
