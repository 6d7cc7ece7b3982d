import { CardDescription } from '@/components/ui/card'
import { LinkCard } from '@/components/ui/link-card'
import { PageSection } from '@/components/ui/page-section'
import type { AdministrationHome } from '@/lib/home/home-page'
import { plural } from '@/lib/plural'

import { HomeLayout } from './home-layout'

/** An administrator's home page: the state of accounts and invitations, each a link to where it is managed. */
export function AdministrationHomeView({ home, viewerName }: { home: AdministrationHome; viewerName: string }) {
  const cards = [
    {
      href: '/admin/users',
      title: 'Users',
      figure: plural(home.activeUsers, 'active user', 'active users'),
      detail: plural(home.deactivatedUsers, 'deactivated account', 'deactivated accounts'),
      cta: 'Manage users',
    },
    {
      href: '/admin/invitations',
      title: 'Invitations',
      figure: plural(home.pendingInvitations, 'pending invitation', 'pending invitations'),
      detail:
        home.expiredInvitations > 0
          ? `${plural(home.expiredInvitations, 'invitation has', 'invitations have')} expired unused: the people may need a new link.`
          : 'No invitation has expired unused.',
      cta: 'Manage invitations',
    },
    {
      href: '/admin/delegations',
      title: 'Delegations',
      figure: plural(home.delegations, 'delegation', 'delegations'),
      detail: home.delegationCounts,
      cta: 'Browse delegations',
    },
  ]
  return (
    <HomeLayout eyebrow="Administration" name={viewerName} description={<p>The accounts and invitations of the workspace.</p>}>
      <PageSection id="accounts" title="Accounts and invitations">
        <ul className="mt-4 grid gap-4 md:grid-cols-3">
          {cards.map((card) => (
            <LinkCard key={card.href} href={card.href} title={card.title} titleAs="h3" cta={card.cta}>
              <p className="mt-3 text-2xl font-semibold tracking-tight text-slate-900">{card.figure}</p>
              <CardDescription>{card.detail}</CardDescription>
            </LinkCard>
          ))}
        </ul>
      </PageSection>
    </HomeLayout>
  )
}
