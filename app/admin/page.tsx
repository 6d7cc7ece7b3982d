import type { Metadata } from 'next'
import Link from 'next/link'

import { Card, CardDescription, CardTitle } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { listDelegations } from '@/lib/accounts/delegations'
import { listInvitations } from '@/lib/accounts/invitations'
import { listUsers } from '@/lib/accounts/users'
import { requirePageViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import type { DelegationKind } from '@/lib/generated/prisma/enums'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Administration' }

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

export default async function AdminOverviewPage() {
  const viewer = await requirePageViewer('/admin', 'accounts.administer')
  const db = getDb()
  const [delegations, users, invitations] = await Promise.all([
    listDelegations(db, viewer),
    listUsers(db, viewer),
    listInvitations(db, viewer),
  ])

  const countOf = (kind: DelegationKind) => delegations.filter((delegation) => delegation.kind === kind).length
  const activeUsers = users.filter((user) => user.isActive).length
  const pendingInvitations = invitations.filter((invitation) => invitation.status === 'pending').length

  const sections = [
    {
      href: '/admin/delegations',
      title: 'Delegations',
      figure: plural(delegations.length, 'delegation', 'delegations'),
      detail: `${plural(countOf('member_state'), 'member state', 'member states')}, ${plural(countOf('observer'), 'observer', 'observers')}, ${plural(countOf('secretariat'), 'secretariat', 'secretariats')}`,
      cta: 'Browse delegations',
    },
    {
      href: '/admin/users',
      title: 'Users',
      figure: plural(activeUsers, 'active user', 'active users'),
      detail: `${plural(users.length - activeUsers, 'deactivated account', 'deactivated accounts')}`,
      cta: 'Manage users',
    },
    {
      href: '/admin/invitations',
      title: 'Invitations',
      figure: plural(pendingInvitations, 'pending invitation', 'pending invitations'),
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
          <Card
            key={section.href}
            as="li"
            className="relative flex flex-col transition-colors hover:border-primary-300 hover:bg-primary-50/40 has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-focus"
          >
            <CardTitle>
              <Link href={section.href} className="after:absolute after:inset-0 focus-visible:outline-none">
                {section.title}
              </Link>
            </CardTitle>
            <p className="mt-3 text-2xl font-semibold tracking-tight text-slate-900">{section.figure}</p>
            <CardDescription>{section.detail}</CardDescription>
            <p aria-hidden="true" className="mt-auto pt-4 text-sm font-medium text-primary-700">
              {section.cta} <span>→</span>
            </p>
          </Card>
        ))}
      </ul>
    </div>
  )
}
