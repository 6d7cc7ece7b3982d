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

  it('gives most of the spare room to a column of long texts, not to a column of names', () => {
    const summary = 'Implemented: national legislation now covers the recruitment fees of migrant workers. '.repeat(8)
    const [delegation = 0, input = 0, says = 0] = columnShares(
      ['Delegation', 'Input', 'What it says'],
      [['Bolivia (Plurinational State of)', 'Implementation status', summary]],
      100,
    )
    expect(says).toBeGreaterThan(0.5)
    expect(says).toBeGreaterThan(2 * delegation)
    expect(input).toBeGreaterThanOrEqual(0.16)
  })
})
