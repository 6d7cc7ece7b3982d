import type { Metadata } from 'next'

import { ExportLinks } from '@/components/submissions/export-links'
import { CommentSelectionForm, SubmitForm } from '@/components/submissions/submission-forms'
import { SubmissionVersions, VersionComparison } from '@/components/submissions/submission-versions'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { PageSection } from '@/components/ui/page-section'
import { requirePageViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { plural } from '@/lib/plural'
import type { SearchParams } from '@/lib/search-params'
import { getSubmissionPage } from '@/lib/submissions/submission-page'

import { selectCommentsAction, submitAction } from './actions'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Stocktaking submission' }

export default async function SubmissionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePageViewer('/delegation/submission', 'submission.export')
  const page = await getSubmissionPage(getDb(), viewer, await searchParams)
  const { content, summary, versions, comments, canSubmit, nextVersion, comparison } = page
  const isEmpty = summary.items === 0

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        eyebrow="My delegation"
        title="Stocktaking submission"
        description={
          <p>
            What {content.delegation.name} sends to the stocktaking: every position and implementation status it shared with the secretariat
            or with all participants, and the comments its focal point chooses. Drafts never go in. Submitting freezes a version: it
            downloads the same whatever changes afterwards, and its SHA-256 on the cover lets anyone check a file against the receipt.
          </p>
        }
      />

      <PageSection id="now" title="What the submission holds now" className="mt-8">
        {isEmpty ? (
          <EmptyState
            headingLevel="h3"
            className="mt-4"
            title="Nothing shared yet"
            description="Share a position or an implementation status with the secretariat (on an item’s page or in the tracker) and it goes into the submission."
          />
        ) : (
          <>
            <p className="mt-2 text-sm/6 text-slate-800">
              {plural(summary.items, 'item', 'items')}: {plural(summary.positions, 'position', 'positions')},{' '}
              {plural(summary.statuses, 'implementation status', 'implementation statuses')} and{' '}
              {plural(summary.comments, 'chosen comment', 'chosen comments')}.
            </p>
            <ul className="mt-3 columns-1 gap-6 text-sm/6 sm:columns-2 lg:columns-3">
              {content.clusters.flatMap((cluster) =>
                cluster.items.map((item) => (
                  <li key={item.code} className="break-inside-avoid">
                    <span className="font-medium text-slate-900">{item.code}</span> {item.title}
                  </li>
                )),
              )}
            </ul>
            <div className="mt-4">
              <p className="mb-2 text-sm font-medium text-slate-800">Download what is shared now (not submitted)</p>
              <ExportLinks label="Download the submission as it stands now" href={(format) => `/api/v1/submission?format=${format}`} />
            </div>
          </>
        )}
      </PageSection>

      {canSubmit ? (
        <>
          <PageSection id="comments" title="Comments in the submission" className="mt-10">
            {comments.length === 0 ? (
              <p className="mt-2 text-sm text-slate-700">Your delegation has no comment visible to the secretariat to choose from.</p>
            ) : (
              <div className="mt-4">
                <CommentSelectionForm action={selectCommentsAction} comments={comments} />
              </div>
            )}
          </PageSection>

          <PageSection id="submit" title="Submit" className="mt-10">
            <p className="mt-2 max-w-prose text-sm/6 text-slate-800">
              Submitting sends what the submission holds now as version {nextVersion}. Earlier versions stay as they were and can still be
              downloaded.
            </p>
            <div className="mt-4">
              <SubmitForm action={submitAction} nextVersion={nextVersion} isEmpty={isEmpty} />
            </div>
          </PageSection>
        </>
      ) : null}

      <PageSection id="versions" title="Submitted versions" className="mt-10">
        <div className="mt-4 space-y-8">
          {versions.length === 0 ? (
            <p className="text-sm text-slate-700">No version has been submitted yet{canSubmit ? '' : '; your focal point submits'}.</p>
          ) : (
            <SubmissionVersions versions={versions} />
          )}
          {versions.length > 1 ? (
            <VersionComparison action="/delegation/submission" versions={versions.map(({ version }) => version)} comparison={comparison} />
          ) : null}
        </div>
      </PageSection>
    </div>
  )
}
