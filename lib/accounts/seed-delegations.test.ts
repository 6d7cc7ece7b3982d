import { describe, expect, it } from 'vitest'

import { allDelegations, memberStates } from './seed-delegations'

describe('delegations', () => {
  it('has the 193 UN member states, each with ISO codes and one of the five UN regional groups', () => {
    const states = memberStates()
    expect(states).toHaveLength(193)
    expect(new Set(states.map((state) => state.code)).size).toBe(193)
    for (const state of states) {
      expect(state.code).toMatch(/^[A-Z]{3}$/)
      expect(state.isoAlpha2).toMatch(/^[A-Z]{2}$/)
    }
    const groups = new Map<string, number>()
    for (const state of states) groups.set(state.regionalGroup ?? '', (groups.get(state.regionalGroup ?? '') ?? 0) + 1)
    expect([...groups.keys()].sort()).toEqual([
      'African Group',
      'Asia and the Pacific Group',
      'Eastern European Group',
      'Latin American and Caribbean Group',
      'Western European and Others Group',
    ])
    expect(groups.get('African Group')).toBe(54)
    expect(states.find((state) => state.code === 'DEU')).toMatchObject({
      name: 'Germany',
      regionalGroup: 'Western European and Others Group',
    })
    expect(states.find((state) => state.code === 'MEX')?.regionalGroup).toBe('Latin American and Caribbean Group')
    expect(states.find((state) => state.code === 'VAT')).toBeUndefined()
  })

  it('names member states as the UN does, sorted by language rules', () => {
    const states = memberStates()
    const nameOf = (code: string) => states.find((state) => state.code === code)?.name
    expect(['CIV', 'COD', 'RUS', 'VNM', 'CPV', 'KOR', 'TUR'].map(nameOf)).toEqual([
      'Côte d’Ivoire',
      'Democratic Republic of the Congo',
      'Russian Federation',
      'Viet Nam',
      'Cabo Verde',
      'Republic of Korea',
      'Türkiye',
    ])
    const names = states.map((state) => state.name)
    expect(names.indexOf('Türkiye')).toBeLessThan(names.indexOf('Turkmenistan'))
    expect(names.indexOf('Côte d’Ivoire')).toBeLessThan(names.indexOf('Croatia'))
  })

  it('adds the observers named in the report and the secretariat, with unique codes', () => {
    const delegations = allDelegations()
    expect(new Set(delegations.map((delegation) => delegation.code)).size).toBe(delegations.length)
    const observers = delegations.filter((delegation) => delegation.kind === 'observer').map((delegation) => delegation.code)
    expect(observers).toEqual(expect.arrayContaining(['IOM', 'UNDESA', 'OHCHR', 'IFAD', 'ILO', 'UNHCR', 'WHO']))
    expect(delegations.filter((delegation) => delegation.kind === 'secretariat').map((delegation) => delegation.code)).toEqual(['GFMD'])
  })
})
