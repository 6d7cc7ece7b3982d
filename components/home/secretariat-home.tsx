import { ClarificationBadge } from '@/components/review/review-state-badge'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { PageSection } from '@/components/ui/page-section'
import { TextLink } from '@/components/ui/text-link'
import { formatDateTime } from '@/lib/dates'
import type { SecretariatHome } from '@/lib/home/secretariat-home'
import { plural } from '@/lib/plural'
import { reviewInputHref, reviewInputKindLabels } from '@/lib/review/review-states'
import { visibilityLabels } from '@/lib/visibility/labels'

import { HomeLayout } from './home-layout'

/** The secretariat's home page: what waits for its review, newest first, and the clarifications it asked for. */
export function SecretariatHomeView({ home, viewerName }: { home: SecretariatHome; viewerName: string }) {
  const { requested, answered } = home.clarifications
  return (
    <HomeLayout
      eyebrow="GFMD secretariat"
      name={viewerName}
      description={
        <p>
          What delegations have shared with the secretariat and waits for your review. Drafts they have not shared stay theirs and do not
          show here.
        </p>
      }
    >
      <PageSection id="waiting" title={`Waiting for review (${home.waitingTotal})`}>
        {home.waiting.length === 0 ? (
          <EmptyState
            headingLevel="h3"
            className="mt-4"
            title="Nothing waits for review"
            description="When a delegation’s focal point shares a position or an implementation status with the secretariat or with all participants, or writes a comment for it, it shows here."
            action={<TextLink href="/review">Open the review queue</TextLink>}
          />
        ) : (
          <>
            <ol className="mt-4 divide-y divide-slate-200 rounded-card border border-slate-200 bg-white">
              {home.waiting.map((entry) => (
                <li key={`${entry.kind}-${entry.inputId}`} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-start sm:gap-4">
                  <div className="min-w-0 flex-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone="primary">{reviewInputKindLabels[entry.kind]}</Badge>
                      <TextLink href={reviewInputHref(entry.kind, entry.inputId)} className="text-sm font-semibold">
                        {entry.delegation.name}: {reviewInputKindLabels[entry.kind].toLowerCase()} on {entry.item.code}
                      </TextLink>
                    </div>
                    <p className="mt-1 text-sm text-slate-700">
                      {entry.item.title}. Version {entry.version}, shared with {visibilityLabels[entry.visibility].toLowerCase()}
                      {entry.changedSince ? `; changed since reviewed version ${entry.changedSince.version}` : ''}
                    </p>
                  </div>
                  <p className="text-sm text-slate-600 sm:text-right">
                    <time dateTime={entry.sharedAt.toISOString()}>{formatDateTime(entry.sharedAt)}</time>
                  </p>
                </li>
              ))}
            </ol>
            <p className="mt-4 text-sm">
              <TextLink href="/review?state=not_reviewed">
                {home.waitingTotal > home.waiting.length ? `See all ${home.waitingTotal} in the review queue` : 'Open the review queue'}
              </TextLink>
            </p>
          </>
        )}
      </PageSection>

      <PageSection id="clarifications" title="Clarifications you asked for" className="mt-10">
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-800">
          {requested === 0 ? (
            'No clarification is open.'
          ) : (
            <>
              <TextLink href="/review?state=clarification_requested">
                {plural(requested, 'input awaits', 'inputs await')} clarification
              </TextLink>
              {answered > 0 ? <ClarificationBadge clarification="answered" /> : null}
              {answered > 0 ? <span>{plural(answered, 'answer', 'answers')} to read</span> : null}
            </>
          )}
        </p>
      </PageSection>

      <PageSection id="submissions" title="Submissions" className="mt-10">
        <p className="mt-2 text-sm text-slate-800">
          <TextLink href="/submissions">The delegations’ submitted versions and the consolidated contribution</TextLink>
        </p>
      </PageSection>
    </HomeLayout>
  )
}
