/** The countdown to the stocktaking, in days and in plain words. Pure, so it can be tested against any "today". */
import { formatDate } from '@/lib/dates'

const DAY = 24 * 60 * 60 * 1000

export type Countdown = {
  /** Whole days from today to the date: negative once it has passed, 0 on the day. */
  daysLeft: number
  hasPassed: boolean
  /** "The stocktaking date, 4 December 2017, passed 3,284 days ago." */
  text: string
}

/** Both dates are taken as UTC days, as the app shows dates. */
export function countdownTo(date: Date, now: Date): Countdown {
  const utcDay = (value: Date) => Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate())
  const daysLeft = Math.round((utcDay(date) - utcDay(now)) / DAY)
  const day = formatDate(date)
  const days = (count: number) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'day' : 'days'}`
  const text =
    daysLeft > 0
      ? `${days(daysLeft)} to go until the stocktaking on ${day}.`
      : daysLeft === 0
        ? `The stocktaking is today, ${day}.`
        : `The stocktaking date, ${day}, has passed: it was ${days(-daysLeft)} ago.`
  return { daysLeft, hasPassed: daysLeft < 0, text }
}
