import type { Metadata } from 'next'

import { ExportLinks } from '@/components/submissions/export-links'
import { SubmissionVersions } from '@/components/submissions/submission-versions'
import { PageHeader } from '@/components/ui/page-header'
import { PageSection } from '@/components/ui/page-section'
import { requirePageViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { listSubmissionVersions } from '@/lib/submissions/submissions'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Submissions' }

export default async function SubmissionsPage() {
  const viewer = await requirePageViewer('/submissions', 'review.read')
  const versions = await listSubmissionVersions(getDb(), viewer)

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        eyebrow="GFMD secretariat"
        title="Submissions"
        description={
          <p>
            The consolidated contribution of every delegation’s shared inputs, and the submissions delegations sent, each version as it was
            submitted.
          </p>
        }
      />

      <PageSection id="consolidated" title="Consolidated contribution" className="mt-8">
        <p className="mt-2 max-w-prose text-sm/6 text-slate-800">
          Per item: the stances of the delegations that shared a position with the secretariat, who stands behind each, the inputs marked as
          included, the compilation text of the proposed wordings, and coverage. Made from what is shared now, when you download it.
        </p>
        <div className="mt-4">
          <ExportLinks label="Download the consolidated contribution" href={(format) => `/api/v1/consolidated?format=${format}`} />
        </div>
      </PageSection>

      <PageSection id="versions" title="Submitted versions" className="mt-10">
        <div className="mt-4">
          {versions.length === 0 ? (
            <p className="text-sm text-slate-700">No delegation has submitted yet.</p>
          ) : (
            <SubmissionVersions versions={versions} showDelegation />
          )}
        </div>
      </PageSection>
    </div>
  )
}
