import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { PageSection } from '@/components/ui/page-section'
import { TextLink } from '@/components/ui/text-link'
import { formatDateTime } from '@/lib/dates'
import type { SecretariatHome } from '@/lib/home/secretariat-home'
import { visibilityLabels } from '@/lib/visibility/labels'

import { inputKindLabels } from './delegation-home'
import { HomeLayout } from './home-layout'

/** The secretariat's home page: what delegations shared with it most recently. */
export function SecretariatHomeView({ home, viewerName }: { home: SecretariatHome; viewerName: string }) {
  return (
    <HomeLayout
      eyebrow="GFMD secretariat"
      name={viewerName}
      description={<p>What delegations have shared with the secretariat. Drafts they have not shared stay theirs and do not show here.</p>}
    >
      <PageSection id="recent-shares" title="Recently shared with the secretariat">
        {home.recentShares.length === 0 ? (
          <EmptyState
            headingLevel="h3"
            className="mt-4"
            title="Nothing has been shared with the secretariat yet"
            description="When a delegation’s focal point shares a position or an implementation status with the secretariat or with all participants, it shows here."
            action={<TextLink href="/catalogue">Browse the catalogue</TextLink>}
          />
        ) : (
          <ol className="mt-4 divide-y divide-slate-200 rounded-card border border-slate-200 bg-white">
            {home.recentShares.map((share) => (
              <li key={`${share.kind}-${share.id}`} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-start sm:gap-4">
                <div className="min-w-0 flex-1">
                  <p className="text-sm font-semibold text-slate-900">{share.delegation.name}</p>
                  <div className="mt-1 flex flex-wrap items-center gap-2">
                    <Badge tone="primary">{inputKindLabels[share.kind]}</Badge>
                    <TextLink href={share.href} className="text-sm">
                      {share.itemCode} — {share.itemTitle}
                    </TextLink>
                  </div>
                  <p className="mt-1 text-sm text-slate-700">
                    Version {share.version}, shared with {visibilityLabels[share.visibility].toLowerCase()}
                  </p>
                </div>
                <p className="text-sm text-slate-600 sm:text-right">
                  <time dateTime={share.sharedAt.toISOString()}>{formatDateTime(share.sharedAt)}</time>
                </p>
              </li>
            ))}
          </ol>
        )}
      </PageSection>
    </HomeLayout>
  )
}
