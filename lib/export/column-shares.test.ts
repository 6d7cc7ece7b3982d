import { describe, expect, it } from 'vitest'

import { columnShares } from '@/lib/export/column-shares'

describe('columnShares', () => {
  const columns = ['Delegation', 'Stance', 'Status', 'Rationale']
  const rows = [
    [
      'United Kingdom of Great Britain and Northern Ireland',
      'Support with amendments',
      'In progress',
      'A longer rationale that wraps onto a second line of the cell, as real ones do.',
    ],
  ]

  it('gives the long columns more room and every column room for its longest word', () => {
    const shares = columnShares(columns, rows, 100)
    expect(shares.reduce((total, share) => total + share, 0)).toBeCloseTo(1)
    const [delegation = 0, stance = 0, status = 0, rationale = 0] = shares
    expect(rationale).toBeGreaterThan(stance)
    expect(delegation).toBeGreaterThan(status)
    // "progress" and its padding: 10 of 100 characters.
    expect(status).toBeGreaterThanOrEqual(0.1)
  })

  it('shares a table that fits by its longest texts (and their padding)', () => {
    expect(columnShares(['Label', 'Value'], [['Stance', 'Support']], 100)).toEqual([8 / 17, 9 / 17])
  })
})
