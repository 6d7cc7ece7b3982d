import { describe, expect, it } from 'vitest'

import { describeDelegationCounts, parseDelegationFilters } from './delegation-directory'

describe('the delegation directory', () => {
  it('counts delegations by kind, in the words of each', () => {
    expect(describeDelegationCounts([{ kind: 'member_state' }, { kind: 'member_state' }, { kind: 'secretariat' }])).toBe(
      '2 member states, 0 observers, 1 secretariat',
    )
  })

  it('reads the filters from the address and ignores what it does not know', () => {
    expect(parseDelegationFilters({ q: '  Mexico ', kind: 'observer', group: 'GRULAC' }, ['GRULAC'])).toEqual({
      q: 'Mexico',
      kind: 'observer',
      regionalGroup: 'GRULAC',
    })
    expect(parseDelegationFilters({ q: '   ', kind: 'planet', group: 'Mars' }, ['GRULAC'])).toEqual({})
    expect(parseDelegationFilters({ q: 'x'.repeat(300) }, []).q).toHaveLength(100)
  })
})
