import type { Metadata } from 'next'

import { ReportContents } from '@/components/catalogue/report-contents'
import { ReportEditorialNotes } from '@/components/catalogue/report-editorial-notes'
import { ReportSection } from '@/components/catalogue/report-section'
import { ReportSource } from '@/components/catalogue/report-source'
import { EmptyState } from '@/components/ui/empty-state'
import { FootnoteList } from '@/components/ui/footnote-list'
import { PageHeader } from '@/components/ui/page-header'
import { getReportOutline } from '@/lib/catalogue/report-outline'
import { getDb } from '@/lib/db'

// The report lives in the database, which only exists at run time.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Report',
  description:
    'The summary report of the GFMD Dialogue on the Global Compact for Migration (Geneva, 6 April 2017), paragraph by paragraph, with the catalogue items drawn from each.',
}

export default async function ReportPage() {
  const report = await getReportOutline(getDb())

  if (!report) {
    return (
      <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-14 lg:px-8">
        <PageHeader title="Report" />
        <EmptyState
          className="mt-8"
          title="The report has not been imported yet."
          description={
            <p>
              Run{' '}
              <code className="rounded-sm bg-white px-1 py-0.5 font-mono text-slate-800 ring-1 ring-slate-200">
                npm run catalogue:import
              </code>
              .
            </p>
          }
        />
      </div>
    )
  }

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-14 lg:px-8">
      <PageHeader eyebrow={report.subtitle} title={report.title} description={<ReportSource {...report} />} />

      <div className="mt-8 grid gap-10 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-12">
        <ReportContents
          sections={report.sections}
          hasEditorialNotes={report.editorialNotes.length > 0}
          hasFootnotes={report.footnotes.length > 0}
        />

        <div className="max-w-3xl min-w-0">
          {report.editorialNotes.length > 0 ? <ReportEditorialNotes notes={report.editorialNotes} /> : null}

          {report.sections.map((section) => (
            <ReportSection key={section.id} section={section} />
          ))}

          {report.footnotes.length > 0 ? (
            <section id="footnotes" aria-labelledby="footnotes-heading" className="mt-12 scroll-mt-6 border-t-2 border-slate-300 pt-6">
              <h2 id="footnotes-heading" className="text-base font-semibold text-slate-900">
                Footnotes
              </h2>
              <FootnoteList footnotes={report.footnotes} className="mt-4 space-y-3" />
            </section>
          ) : null}
        </div>
      </div>
    </div>
  )
}
