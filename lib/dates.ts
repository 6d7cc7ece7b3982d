/**
 * Dates as pages show them. Delegations sit in every time zone, so dates are
 * shown in UTC and say so; one fixed locale keeps server and browser output
 * identical.
 */
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const shortDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
})

/** "4 December 2017" */
export function formatDate(date: Date): string {
  return dateFormat.format(date)
}

/** "4 Dec 2017", for tables */
export function formatShortDate(date: Date): string {
  return shortDateFormat.format(date)
}

/** "4 Dec 2017, 14:05 UTC" */
export function formatDateTime(date: Date): string {
  return `${dateTimeFormat.format(date)} UTC`
}

/** Stored days (an as-of date, the report's own dates): "2017-04-06" → "6 April 2017", "2017-05-08/2017-05-09" → "8–9 May 2017". */
export function formatIsoDates(isoDates: string): string {
  const [start, end] = isoDates.split('/')
  if (!start) return isoDates
  const startDate = new Date(`${start}T00:00:00Z`)
  return end ? dateFormat.formatRange(startDate, new Date(`${end}T00:00:00Z`)) : dateFormat.format(startDate)
}
