/**
 * How far the delegations that took a stance on an item agree: the normalised
 * Shannon entropy of the stance distribution. 0 when every delegation took the
 * same stance, 1 when they spread evenly over every stance there is. Pure, so
 * the page, the API and the tests read the same number.
 */

/** −Σ pᵢ ln pᵢ over the stances, divided by ln k (k: how many stances there are); 0 for fewer than two positions. */
export function normalisedEntropy(counts: readonly number[]): number {
  const total = counts.reduce((sum, count) => sum + count, 0)
  if (total === 0 || counts.length < 2) return 0
  const entropy = counts.reduce((sum, count) => (count === 0 ? sum : sum - (count / total) * Math.log(count / total)), 0)
  // Rounded, so an even spread reads 1 and not 0.9999999999999998.
  return Math.round((entropy / Math.log(counts.length)) * 1e6) / 1e6
}

/** The share of the most common stance, 0 for no positions: the plainer reading of the same spread. */
export function modalShare(counts: readonly number[]): number {
  const total = counts.reduce((sum, count) => sum + count, 0)
  return total === 0 ? 0 : Math.max(...counts) / total
}
