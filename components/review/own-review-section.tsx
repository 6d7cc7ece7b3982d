import { PageSection } from '@/components/ui/page-section'
import type { FormState } from '@/lib/auth/form-action'
import type { OwnReview } from '@/lib/review/review-detail'
import { reviewInputKindLabels } from '@/lib/review/review-states'

import { ClarificationThreadView } from './clarification-thread'
import { ReviewStateBadge } from './review-state-badge'

type OwnReviewSectionProps = {
  review: OwnReview
  delegationName: string
  replyAction: (previous: FormState, formData: FormData) => Promise<FormState>
}

/** On the item page, for a delegation: where the secretariat's review of its shared inputs stands, and its questions to answer. */
export function OwnReviewSection({ review, delegationName, replyAction }: OwnReviewSectionProps) {
  if (review.states.length === 0 && review.clarifications.length === 0) return null
  return (
    <PageSection id="secretariat-review" title="The secretariat’s review" className="mt-12 scroll-mt-6 border-t border-slate-200 pt-10">
      <p className="mt-1 text-sm text-slate-600">Only {delegationName} and the secretariat see this.</p>
      {review.states.length > 0 ? (
        <ul className="mt-4 space-y-2 text-sm/6">
          {review.states.map(({ kind, version, state }) => (
            <li key={kind} className="flex flex-wrap items-center gap-2">
              <span className="text-slate-800">
                {reviewInputKindLabels[kind]}, shared version {version}:
              </span>
              <ReviewStateBadge state={state} />
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-6 space-y-6">
        {review.clarifications.map((thread) => (
          <ClarificationThreadView
            key={thread.id}
            thread={thread}
            title={`The secretariat asks about your ${reviewInputKindLabels[thread.kind].toLowerCase()}`}
            replyAction={replyAction}
            reply={{ label: 'Your answer', submit: 'Send answer' }}
          />
        ))}
      </div>
    </PageSection>
  )
}
