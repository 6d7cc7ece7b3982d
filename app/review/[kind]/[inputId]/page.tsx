import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { WordingDiff } from '@/components/positions/wording-diff'
import { ClarificationThreadView } from '@/components/review/clarification-thread'
import { FieldChanges, InputFields } from '@/components/review/input-fields'
import { ReviewDecisionForm, ReviewTextForm } from '@/components/review/review-forms'
import { ReviewHistory, ReviewerNotes } from '@/components/review/review-history'
import { ReviewStateBadge } from '@/components/review/review-state-badge'
import { PageHeader } from '@/components/ui/page-header'
import { PageSection } from '@/components/ui/page-section'
import { textLinkClasses } from '@/components/ui/text-link'
import { requirePageViewer } from '@/lib/auth/guard'
import { can } from '@/lib/auth/permissions'
import { formatDateTime } from '@/lib/dates'
import { getDb } from '@/lib/db'
import { getReviewInputDetail } from '@/lib/review/review-detail'
import { reviewInputHref, reviewInputKindFromSlug, reviewInputKindLabels } from '@/lib/review/review-states'
import { visibilityLabels } from '@/lib/visibility/labels'

import { addReviewerNoteAction, decideReviewAction, replyToClarificationAction, requestClarificationAction } from '../../actions'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Review an input' }

type Params = { kind: string; inputId: string }

export default async function ReviewInputPage({ params }: { params: Promise<Params> }) {
  const { kind: slug, inputId } = await params
  const kind = reviewInputKindFromSlug(slug)
  if (!kind || !/^[a-z0-9]{10,40}$/.test(inputId)) notFound()
  const viewer = await requirePageViewer(reviewInputHref(kind, inputId), 'review.read')
  const detail = await getReviewInputDetail(getDb(), viewer, kind, inputId)
  if (!detail) notFound()
  const { input, changedSince, history, clarifications, notes } = detail
  const noun = reviewInputKindLabels[kind].toLowerCase()
  const ref = { kind, inputId, version: input.version }
  const canDecide = can(viewer.role, 'review.decide')
  const wording = input.fields.find(({ label }) => label === 'Proposed wording')?.text

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        eyebrow={
          <Link href="/review" className={textLinkClasses()}>
            Review queue
          </Link>
        }
        title={`${input.delegation.name}: ${noun} on ${input.item.code}`}
        description={
          <p>
            <Link href={`/catalogue/${encodeURIComponent(input.item.code)}`} className={textLinkClasses()}>
              {input.item.code} {input.item.title}
            </Link>
            . Version {input.version}, shared by {input.sharedBy} with {visibilityLabels[input.visibility].toLowerCase()} on{' '}
            {formatDateTime(input.sharedAt)}.
          </p>
        }
        actions={<ReviewStateBadge state={input.state} />}
      />

      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-10">
          <PageSection id="shared" title={`The shared ${noun}`}>
            <div className="mt-4 space-y-4">
              <InputFields fields={input.fields} />
              {wording ? (
                <div className="text-sm/6">
                  <p className="font-medium text-slate-700">The proposed wording against the item’s text</p>
                  <WordingDiff itemText={input.item.text} proposedWording={wording} />
                </div>
              ) : null}
              {changedSince ? <FieldChanges {...changedSince} /> : null}
            </div>
          </PageSection>

          {canDecide ? (
            <PageSection id="decision" title="Review decision">
              <div className="mt-4">
                <ReviewDecisionForm action={decideReviewAction} input={ref} state={input.state} />
              </div>
            </PageSection>
          ) : null}

          <PageSection id="clarifications" title="Clarification">
            <div className="mt-4 space-y-6">
              {clarifications.map((thread) => (
                <ClarificationThreadView
                  key={thread.id}
                  thread={thread}
                  title={`Question on version ${thread.version}`}
                  replyAction={replyToClarificationAction}
                  reply={{ label: 'Write in this thread', submit: 'Send' }}
                />
              ))}
              {canDecide ? (
                <ReviewTextForm
                  action={requestClarificationAction}
                  hidden={ref}
                  idPrefix="request-clarification"
                  name="question"
                  label="Ask the delegation for clarification"
                  hint={`Only ${input.delegation.name} and the secretariat can read the thread. Its focal points are notified.`}
                  submitLabel="Request clarification"
                  pendingLabel="Sending…"
                />
              ) : null}
            </div>
          </PageSection>
        </div>

        <div className="space-y-10">
          <PageSection id="notes" title="Reviewer notes">
            <p className="mt-1 text-sm text-slate-600">Only the secretariat reads these; no delegation sees them, in any page or export.</p>
            <div className="mt-4 space-y-4">
              <ReviewerNotes notes={notes} />
              <ReviewTextForm
                action={addReviewerNoteAction}
                hidden={{ kind, inputId }}
                idPrefix="reviewer-note"
                name="body"
                label="Add a note"
                submitLabel="Save note"
                pendingLabel="Saving…"
              />
            </div>
          </PageSection>

          <PageSection id="review-history" title="Review history">
            <div className="mt-4">
              <ReviewHistory entries={history} />
            </div>
          </PageSection>
        </div>
      </div>
    </div>
  )
}
