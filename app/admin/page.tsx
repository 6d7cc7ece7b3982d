import type { Metadata } from 'next'

import { CardDescription } from '@/components/ui/card'
import { LinkCard } from '@/components/ui/link-card'
import { PageHeader } from '@/components/ui/page-header'
import { getAdminOverview } from '@/lib/accounts/overviews'
import { requirePageViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { plural } from '@/lib/plural'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Administration' }

export default async function AdminOverviewPage() {
  const viewer = await requirePageViewer('/admin', 'accounts.administer')
  const overview = await getAdminOverview(getDb(), viewer)
  const sections = [
    {
      href: '/admin/delegations',
      title: 'Delegations',
      figure: plural(overview.delegations, 'delegation', 'delegations'),
      detail: overview.delegationCounts,
      cta: 'Browse delegations',
    },
    {
      href: '/admin/users',
      title: 'Users',
      figure: plural(overview.activeUsers, 'active user', 'active users'),
      detail: plural(overview.deactivatedUsers, 'deactivated account', 'deactivated accounts'),
      cta: 'Manage users',
    },
    {
      href: '/admin/invitations',
      title: 'Invitations',
      figure: plural(overview.pendingInvitations, 'pending invitation', 'pending invitations'),
      detail: 'Invite focal points, secretariat reviewers and administrators.',
      cta: 'Invite someone',
    },
  ]

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        title="Administration"
        description={<p>Delegations, the people who work for them, and the invitations that bring new people in.</p>}
      />
      <ul className="mt-8 grid gap-4 md:grid-cols-3">
        {sections.map((section) => (
          <LinkCard key={section.href} href={section.href} title={section.title} cta={section.cta}>
            <p className="mt-3 text-2xl font-semibold tracking-tight text-slate-900">{section.figure}</p>
            <CardDescription>{section.detail}</CardDescription>
          </LinkCard>
        ))}
      </ul>
    </div>
  )
}
