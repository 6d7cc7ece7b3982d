import { NotificationList } from '@/components/notifications/notification-list'
import { ClusterProgressList } from '@/components/tracker/cluster-progress'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { PageSection } from '@/components/ui/page-section'
import { TextLink } from '@/components/ui/text-link'
import { formatDateTime } from '@/lib/dates'
import type { DelegationHome, InputKind, UnsharedDraft } from '@/lib/home/delegation-home'
import { plural } from '@/lib/plural'
import { sharedWithPhrases } from '@/lib/visibility/labels'

import { HomeLayout } from './home-layout'
import { NextSteps } from './next-steps'

const inputKindLabels: Record<InputKind, string> = { position: 'Position', status: 'Implementation status' }

type DelegationHomeViewProps = {
  home: DelegationHome
  viewerName: string
  /** Marks a notification read and goes to its comment (the notifications page's own action). */
  openNotificationAction: (formData: FormData) => Promise<void>
}

function shareState(draft: UnsharedDraft): string {
  if (!draft.share) return 'Never shared'
  if (draft.share.visibility === 'delegation') return `Version ${draft.share.version} shared with ${sharedWithPhrases.delegation}`
  return `Version ${draft.share.version} shared with ${sharedWithPhrases[draft.share.visibility]}; changed since`
}

/** A delegate's or focal point's home page: what needs them, their delegation's unshared drafts, unread notifications, progress. */
export function DelegationHomeView({ home, viewerName, openNotificationAction }: DelegationHomeViewProps) {
  return (
    <HomeLayout
      eyebrow={home.delegationName}
      name={viewerName}
      description={
        <p>
          Your delegation’s work on the {home.totalItems} items of the report. Drafts are seen by {home.delegationName} only until a focal
          point shares them.
        </p>
      }
    >
      <PageSection id="next" title="What needs you next">
        <NextSteps
          steps={home.nextSteps}
          empty={{
            title: 'Nothing is waiting for you',
            description: 'Every item has a position, every draft is shared, and you have read your notifications.',
          }}
        />
      </PageSection>

      <PageSection id="unshared" title={`Drafts not yet shared (${home.unsharedDrafts.length})`}>
        {home.unsharedDrafts.length === 0 ? (
          <EmptyState
            headingLevel="h3"
            className="mt-4"
            title="No drafts wait to be shared"
            description={
              home.canShare
                ? 'Others outside your delegation see the latest version of every draft.'
                : 'Your focal point has shared the latest version of every draft.'
            }
          />
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-600">
              {home.canShare
                ? 'Outside your delegation nobody sees these versions until you share them.'
                : 'Outside your delegation nobody sees these versions until your focal point shares them.'}
            </p>
            <ul className="mt-4 divide-y divide-slate-200 rounded-card border border-slate-200 bg-white">
              {home.unsharedDrafts.map((draft) => (
                <li key={`${draft.kind}-${draft.itemCode}`} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-start sm:gap-4">
                  <div className="min-w-0 flex-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone="primary">{inputKindLabels[draft.kind]}</Badge>
                      <TextLink href={draft.href} className="text-sm">
                        {draft.itemCode} — {draft.itemTitle}
                      </TextLink>
                    </div>
                    <p className="mt-1 text-sm text-slate-700">
                      Version {draft.version}, saved by {draft.updatedBy} on{' '}
                      <time dateTime={draft.updatedAt.toISOString()}>{formatDateTime(draft.updatedAt)}</time>
                    </p>
                  </div>
                  <p className="text-sm text-slate-600 sm:text-right">{shareState(draft)}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </PageSection>

      <PageSection id="unread" title={`Unread notifications (${home.unreadNotifications})`}>
        {home.latestUnread.length === 0 ? (
          <EmptyState
            headingLevel="h3"
            className="mt-4"
            title="No unread notifications"
            description="When someone mentions you or replies in a thread you took part in, it shows here."
          />
        ) : (
          <div className="mt-4 space-y-3">
            <NotificationList notifications={home.latestUnread} openAction={openNotificationAction} />
            {home.unreadNotifications > home.latestUnread.length ? (
              <p className="text-sm">
                <TextLink href="/notifications">
                  See all {plural(home.unreadNotifications, 'unread notification', 'unread notifications')}
                </TextLink>
              </p>
            ) : null}
          </div>
        )}
      </PageSection>

      <PageSection id="progress" title="Progress by cluster">
        <p className="mt-1 text-sm text-slate-600">
          As the tracker counts it. <TextLink href="/delegation">Open the tracker</TextLink>
        </p>
        <div className="mt-4">
          <ClusterProgressList clusters={home.clusters} />
        </div>
      </PageSection>
    </HomeLayout>
  )
}
