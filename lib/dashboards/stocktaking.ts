/**
 * The stocktaking's date: one row, seeded from the report (paragraph 1: the
 * meeting in Guadalajara, Mexico, 4–6 December 2017; the editorial note
 * "stocktaking-date" explains why not November) and set by an administrator.
 * No 'server-only': the seed (prisma/seed.ts) runs it outside Next.js.
 */
import { z } from 'zod'

import { authorize } from '@/lib/auth/authorize'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'

/** The first day of the meeting, as the report gives it. */
export const REPORTED_STOCKTAKING_DATE = '2017-12-04'

const STOCKTAKING_ID = 1

export const stocktakingDateSchema = z.object({
  date: z.iso
    .date({ error: 'Give the date as a day, e.g. 2017-12-04.' })
    // Postgres has no year 0; a stocktaking date centuries away is a typo.
    .refine((date) => date >= '1900-01-01', 'Give a date from 1900 on.'),
})

/** Creates the row with the report's date; a date an administrator set stays as it is. */
export async function seedStocktaking(db: Db): Promise<void> {
  await db.stocktaking.upsert({
    where: { id: STOCKTAKING_ID },
    create: { id: STOCKTAKING_ID, date: new Date(`${REPORTED_STOCKTAKING_DATE}T00:00:00Z`) },
    update: {},
  })
}

/** The date, or null before the first seed. */
export async function getStocktakingDate(db: Db): Promise<Date | null> {
  const row = await db.stocktaking.findUnique({ where: { id: STOCKTAKING_ID }, select: { date: true } })
  return row?.date ?? null
}

export async function setStocktakingDate(db: Db, viewer: Viewer, isoDate: string): Promise<Date> {
  authorize(viewer, 'accounts.administer')
  const date = new Date(`${stocktakingDateSchema.parse({ date: isoDate }).date}T00:00:00Z`)
  await db.stocktaking.upsert({ where: { id: STOCKTAKING_ID }, create: { id: STOCKTAKING_ID, date }, update: { date } })
  return date
}
