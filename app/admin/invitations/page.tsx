import type { Metadata } from 'next'

import { InvitationForm, type InvitationChoices } from '@/components/accounts/invitation-form'
import { InvitationTable } from '@/components/accounts/invitation-table'
import { Card, CardDescription, CardTitle } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { listDelegationChoices } from '@/lib/accounts/delegations'
import { listInvitations } from '@/lib/accounts/invitations'
import { requirePageViewer } from '@/lib/auth/guard'
import { roleLabels } from '@/lib/auth/permissions'
import { getDb } from '@/lib/db'
import type { DelegationKind, Role } from '@/lib/generated/prisma/enums'

import { inviteAction, revokeInvitationAction } from '../actions'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Invitations · Administration' }

// Administrators mostly invite focal points, who then invite their delegates.
const roleOrder: Role[] = ['focal_point', 'delegate', 'secretariat_reviewer', 'administrator']
const kindGroups: { kind: DelegationKind; label: string }[] = [
  { kind: 'member_state', label: 'Member states' },
  { kind: 'observer', label: 'Observers' },
  { kind: 'secretariat', label: 'Secretariat' },
]

export default async function AdminInvitationsPage() {
  const viewer = await requirePageViewer('/admin/invitations', 'accounts.administer')
  const db = getDb()
  const [invitations, delegations] = await Promise.all([listInvitations(db, viewer), listDelegationChoices(db, viewer)])

  const choices: Required<InvitationChoices> = {
    roles: roleOrder.map((role) => ({ value: role, label: roleLabels[role] })),
    delegationGroups: kindGroups.map((group) => ({
      label: group.label,
      delegations: delegations.filter((delegation) => delegation.kind === group.kind).map(({ code, name }) => ({ code, name })),
    })),
  }
  const pendingCount = invitations.filter((invitation) => invitation.status === 'pending').length

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        title="Invitations"
        description={
          <p>
            An invitation link lets one person set a password and join with the role and delegation you choose. It works once, for 7 days.
          </p>
        }
      />

      <Card as="section" aria-labelledby="invite-heading" className="mt-8">
        <CardTitle>
          <span id="invite-heading">Invite someone</span>
        </CardTitle>
        <CardDescription>Invite each delegation’s focal point here; focal points invite their own delegates.</CardDescription>
        <div className="mt-5">
          <InvitationForm action={inviteAction} submitLabel="Create invitation" {...choices} />
        </div>
      </Card>

      <section aria-labelledby="invitations-heading" className="mt-10">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="invitations-heading" className="text-lg font-semibold text-slate-900">
            All invitations
          </h2>
          <p className="text-sm font-medium text-slate-700">{`${invitations.length} in all, ${pendingCount} pending`}</p>
        </div>
        {invitations.length > 0 ? (
          <InvitationTable invitations={invitations} revokeAction={revokeInvitationAction} className="mt-4" />
        ) : (
          <EmptyState
            className="mt-4"
            headingLevel="h3"
            title="No invitations yet"
            description={<p>Invitations you create appear here.</p>}
          />
        )}
      </section>
    </div>
  )
}
