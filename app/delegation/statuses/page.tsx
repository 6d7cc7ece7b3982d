import type { Metadata } from 'next'

import { StatusUpload } from '@/components/statuses/status-upload'
import { buttonClasses } from '@/components/ui/button'
import { PageHeader } from '@/components/ui/page-header'
import { PageSection } from '@/components/ui/page-section'
import { TextLink } from '@/components/ui/text-link'
import { requirePageViewer } from '@/lib/auth/guard'

import { confirmStatusUploadAction, previewStatusUploadAction } from './actions'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Statuses in a spreadsheet' }

export default async function StatusSpreadsheetPage() {
  const viewer = await requirePageViewer('/delegation/statuses', 'draft.edit')
  const delegationName = viewer.delegation?.name ?? 'your delegation'

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        eyebrow={<TextLink href="/delegation">My delegation</TextLink>}
        title="Implementation statuses in a spreadsheet"
        description={
          <p>
            Download the implementation statuses of {delegationName} as an Excel workbook, edit states, evidence, links and dates, and
            upload it back. Nothing is saved until you have checked the changes and confirmed them.
          </p>
        }
      />

      <PageSection id="download" title="1. Download the spreadsheet" className="mt-8">
        <p className="mt-2 max-w-3xl text-sm/6 text-slate-600">
          One row per item. Edit the State (choose from the list), Evidence, Links (one per line) and As of (a date) columns; leave the item
          and version columns as they are: the version tells which rows changed in the app after you downloaded the file.
        </p>
        <a href="/api/v1/statuses/spreadsheet" download className={buttonClasses({ variant: 'secondary', className: 'mt-4' })}>
          Download statuses (.xlsx)
        </a>
      </PageSection>

      <PageSection id="upload" title="2. Upload your changes" className="mt-10">
        <StatusUpload previewAction={previewStatusUploadAction} confirmAction={confirmStatusUploadAction} />
      </PageSection>
    </div>
  )
}
