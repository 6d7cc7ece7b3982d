/**
 * Delegations as the administration lists them: named as the UN names them,
 * and sorted by language rules in the database itself, not by code point.
 */
import { describe, expect, it } from 'vitest'

import { useTestDb } from '@/lib/testing/db'
import { createCast } from '@/lib/testing/factories'

import { listDelegationChoices, listDelegations } from './delegations'

describe('delegation lists', () => {
  const db = useTestDb()

  it('use the UN’s names, not common ones, and sort accented names among the plain ones', async () => {
    const { administrator } = (await createCast(db, { delegations: ['MEX', 'DEU'] })).viewers
    const names = (await listDelegations(db, administrator, { kind: 'member_state' })).map((delegation) => delegation.name)
    for (const common of ['Ivory Coast', 'DR Congo', 'Russia', 'Vietnam', 'Cape Verde', 'South Korea', 'Turkey'])
      expect(names).not.toContain(common)
    const before = (first: string, second: string) => {
      expect(names).toEqual(expect.arrayContaining([first, second]))
      expect([first, names.indexOf(first) < names.indexOf(second), second]).toEqual([first, true, second])
    }
    // By code point, "ü" and "ô" come after every plain letter.
    before('Türkiye', 'Turkmenistan')
    before('Türkiye', 'Tuvalu')
    before('Costa Rica', 'Côte d’Ivoire')
    before('Côte d’Ivoire', 'Croatia')
    before('Sao Tome and Principe', 'Saudi Arabia')
    expect((await listDelegationChoices(db, administrator)).map((choice) => choice.name)).toEqual(expect.arrayContaining(['Côte d’Ivoire']))
    const choices = (await listDelegationChoices(db, administrator))
      .filter((choice) => choice.kind === 'member_state')
      .map((choice) => choice.name)
    expect(choices).toEqual(names)
  })
})
