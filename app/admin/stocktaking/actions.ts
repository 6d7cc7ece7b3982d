'use server'

import { revalidatePath } from 'next/cache'

import { formAction } from '@/lib/auth/form-action'
import { setStocktakingDate, stocktakingDateSchema } from '@/lib/dashboards/stocktaking'
import { formatDate } from '@/lib/dates'
import { getDb } from '@/lib/db'

export const setStocktakingDateAction = formAction(
  { permission: 'accounts.administer', schema: stocktakingDateSchema },
  async ({ date }, viewer) => {
    const saved = await setStocktakingDate(getDb(), viewer, date)
    revalidatePath('/dashboards')
    return { ok: true, message: `The stocktaking date is now ${formatDate(saved)}.`, values: { date } }
  },
)
