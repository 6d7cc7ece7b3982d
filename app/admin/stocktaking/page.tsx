import type { Metadata } from 'next'

import { StocktakingDateForm } from '@/components/dashboards/stocktaking-date-form'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageViewer } from '@/lib/auth/guard'
import { getStocktakingDate, REPORTED_STOCKTAKING_DATE } from '@/lib/dashboards/stocktaking'
import { getDb } from '@/lib/db'

import { setStocktakingDateAction } from './actions'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Stocktaking date · Administration' }

export default async function AdminStocktakingPage() {
  await requirePageViewer('/admin/stocktaking', 'accounts.administer')
  const date = await getStocktakingDate(getDb())

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        title="Stocktaking date"
        description={
          <p>
            The date the dashboards count down to. The report dates the stocktaking in Guadalajara, Mexico, to 4–6 December 2017 (paragraph
            1), so it starts as 4 December 2017.
          </p>
        }
      />
      <div className="mt-8">
        <StocktakingDateForm action={setStocktakingDateAction} date={date?.toISOString().slice(0, 10) ?? REPORTED_STOCKTAKING_DATE} />
      </div>
    </div>
  )
}
