import { describe, expect, it } from 'vitest'

import { connectionsFit, splitRate, summarizeAnswers, timeUntilSeen } from './instances'

describe('connectionsFit', () => {
  it('follows the README: N × DATABASE_POOL_MAX ≤ max_connections − reserved − 5', () => {
    // Two instances of 10 and the benchmark's own connection on the embedded server's 100 (3 reserved).
    expect(connectionsFit({ instances: 2, poolMax: 10, maxConnections: 100, reserved: 3, own: 1 })).toEqual({
      fits: true,
      needed: 21,
      available: 92,
    })
    // The README's example: 4 instances of 20 on M = 100 fit with nothing of our own; of 25 they do not.
    expect(connectionsFit({ instances: 4, poolMax: 20, maxConnections: 100, reserved: 3, own: 0 }).fits).toBe(true)
    expect(connectionsFit({ instances: 4, poolMax: 25, maxConnections: 100, reserved: 3, own: 0 }).fits).toBe(false)
  })
})

describe('splitRate', () => {
  it('gives each instance the same share of the total, as a round-robin balancer does', () => {
    expect(splitRate(50, 2)).toEqual([25, 25])
    expect(splitRate(5, 2)).toEqual([2.5, 2.5])
    expect(splitRate(9, 3).reduce((sum, share) => sum + share, 0)).toBe(9)
  })

  it('refuses a count of instances that is not a whole number of at least 1', () => {
    expect(() => splitRate(50, 0)).toThrow(/at least 1/)
    expect(() => splitRate(50, 1.5)).toThrow(/at least 1/)
  })
})

describe('summarizeAnswers', () => {
  it('counts every answer that is not 2xx or 3xx as an error, 503 refusals and requests with no answer too', () => {
    const summary = summarizeAnswers(
      [
        { status: 200, ms: 100 },
        { status: 303, ms: 200 },
        { status: 503, ms: 5 },
        { status: 503, ms: 7 },
        { status: 500, ms: 300 },
        { status: 0, ms: Number.NaN },
      ],
      2,
    )
    expect(summary.errors).toBe(4)
    expect(summary.errorsByStatus).toEqual({ '503': 2, '500': 1, 'no answer': 1 })
    expect(summary.served).toBe(2)
    expect(summary.servedPerSecond).toBe(1)
    // Latencies of the five answers, errors included; the request with no answer has none.
    expect(summary.answered).toBe(5)
    expect(summary.p50).toBe(100)
    expect(summary.p99).toBe(300)
  })

  it('counts a 200 that names a failure under that name', () => {
    const summary = summarizeAnswers([{ status: 200, ms: 50, failure: '200 not saved (refused)' }], 1)
    expect(summary.errorsByStatus).toEqual({ '200 not saved (refused)': 1 })
    expect(summary.served).toBe(0)
  })
})

describe('timeUntilSeen', () => {
  const ack = 10_000

  it('is the time from the acknowledgement until the first answer that showed the comment', () => {
    const result = timeUntilSeen(
      ack,
      [
        { sentAt: 8_000, answeredAt: 8_200, shows: false },
        { sentAt: 13_000, answeredAt: 13_400, shows: true },
        { sentAt: 18_000, answeredAt: 18_100, shows: true },
      ],
      5_000,
    )
    expect(result).toEqual({ untilShownMs: 3_400, showingLookSentMs: 3_000, withinInterval: true })
  })

  it('counts a look already on its way at the acknowledgement as 0 ms, and within the interval', () => {
    expect(timeUntilSeen(ack, [{ sentAt: 9_500, answeredAt: 9_900, shows: true }], 5_000)).toEqual({
      untilShownMs: 0,
      showingLookSentMs: -500,
      withinInterval: true,
    })
  })

  it('is not within the interval when the next round missed it and a later one showed it', () => {
    const result = timeUntilSeen(
      ack,
      [
        // The next round was refused (no comments in its answer), the one after showed it.
        { sentAt: 14_000, answeredAt: 14_100, shows: false },
        { sentAt: 19_000, answeredAt: 19_300, shows: true },
      ],
      5_000,
    )
    expect(result).toEqual({ untilShownMs: 9_300, showingLookSentMs: 9_000, withinInterval: false })
  })

  it('is not seen at all when no look showed it', () => {
    expect(timeUntilSeen(ack, [{ sentAt: 14_000, answeredAt: 14_100, shows: false }], 5_000)).toEqual({
      untilShownMs: null,
      showingLookSentMs: null,
      withinInterval: false,
    })
  })
})
