import { describe, expect, it } from 'vitest'

import { countdownTo } from './countdown'

const stocktaking = new Date('2017-12-04T00:00:00Z')

describe('countdownTo', () => {
  it('says plainly that the date has passed, and how long ago', () => {
    const countdown = countdownTo(stocktaking, new Date('2026-12-01T10:30:00Z'))
    expect(countdown).toEqual({
      daysLeft: -3284,
      hasPassed: true,
      text: 'The stocktaking date, 4 December 2017, has passed: it was 3,284 days ago.',
    })
  })

  it('counts the days left before the date', () => {
    expect(countdownTo(stocktaking, new Date('2017-11-03T23:59:00Z'))).toMatchObject({
      daysLeft: 31,
      hasPassed: false,
      text: '31 days to go until the stocktaking on 4 December 2017.',
    })
    expect(countdownTo(stocktaking, new Date('2017-12-03T00:00:00Z')).text).toBe('1 day to go until the stocktaking on 4 December 2017.')
  })

  it('is the day itself, whatever the hour', () => {
    expect(countdownTo(stocktaking, new Date('2017-12-04T23:59:59Z'))).toMatchObject({ daysLeft: 0, hasPassed: false })
    expect(countdownTo(stocktaking, new Date('2017-12-04T23:59:59Z')).text).toBe('The stocktaking is today, 4 December 2017.')
  })

  it('reads one day after as passed, in the singular', () => {
    expect(countdownTo(stocktaking, new Date('2017-12-05T00:00:00Z')).text).toBe(
      'The stocktaking date, 4 December 2017, has passed: it was 1 day ago.',
    )
  })
})
