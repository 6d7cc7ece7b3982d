import { describe, expect, it } from 'vitest'

import { modalShare, normalisedEntropy } from './dispersion'

describe('normalisedEntropy', () => {
  it('is 0 when nobody took a stance', () => {
    expect(normalisedEntropy([0, 0, 0, 0, 0])).toBe(0)
  })

  it('is 0 when every delegation took the same stance, however many', () => {
    expect(normalisedEntropy([1, 0, 0, 0, 0])).toBe(0)
    expect(normalisedEntropy([0, 0, 0, 0, 40])).toBe(0)
  })

  it('is 1 when the delegations spread evenly over every stance', () => {
    expect(normalisedEntropy([3, 3, 3, 3, 3])).toBe(1)
    expect(normalisedEntropy([1, 1])).toBe(1)
  })

  it('is the entropy in nats over ln k in between', () => {
    // Two stances out of five, evenly: ln 2 / ln 5.
    expect(normalisedEntropy([2, 0, 0, 0, 2])).toBeCloseTo(Math.log(2) / Math.log(5), 6)
    // 3 support, 1 oppose out of two stances: −(¾ ln ¾ + ¼ ln ¼) / ln 2 ≈ 0.811278.
    expect(normalisedEntropy([3, 1])).toBeCloseTo(0.811278, 6)
  })

  it('grows as a split becomes more even', () => {
    expect(normalisedEntropy([9, 0, 0, 0, 1])).toBeLessThan(normalisedEntropy([5, 0, 0, 0, 5]))
    expect(normalisedEntropy([5, 0, 0, 0, 5])).toBeLessThan(normalisedEntropy([2, 2, 2, 2, 2]))
  })

  it('does not depend on the order of the stances', () => {
    expect(normalisedEntropy([4, 1, 0, 2, 0])).toBe(normalisedEntropy([0, 2, 0, 1, 4]))
  })
})

describe('modalShare', () => {
  it('is the most common stance’s share of the positions', () => {
    expect(modalShare([3, 1, 0, 0, 0])).toBe(0.75)
    expect(modalShare([1, 1, 1, 1])).toBe(0.25)
  })

  it('is 0 with no positions', () => {
    expect(modalShare([0, 0, 0])).toBe(0)
  })
})
