import type { Metadata } from 'next'

import { InvitationForm } from '@/components/accounts/invitation-form'
import { InvitationTable } from '@/components/accounts/invitation-table'
import { UserTable } from '@/components/accounts/user-table'
import { Card, CardDescription, CardTitle } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { listInvitations } from '@/lib/accounts/invitations'
import { listUsers } from '@/lib/accounts/users'
import { requirePageViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'

import { inviteMemberAction, revokeMemberInvitationAction, setMemberStatusAction } from './actions'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Members of your delegation' }

export default async function DelegationMembersPage() {
  const viewer = await requirePageViewer('/delegation/members', 'members.manage')
  const db = getDb()
  // Both lists are scoped by lib to the focal point's own delegation.
  const [users, invitations] = await Promise.all([listUsers(db, viewer), listInvitations(db, viewer)])
  const pendingInvitations = invitations.filter((invitation) => invitation.status === 'pending')
  const delegationName = viewer.delegation?.name ?? 'Your delegation'

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        eyebrow={delegationName}
        title="Members"
        description={
          <p>
            The people who work for {viewer.delegation?.name ?? 'your delegation'} in this workspace. Invite delegates, and deactivate those
            who leave: their sessions end at once.
          </p>
        }
      />

      <section aria-labelledby="members-heading" className="mt-8">
        <h2 id="members-heading" className="text-lg font-semibold text-slate-900">
          {`${users.length} ${users.length === 1 ? 'member' : 'members'}`}
        </h2>
        {users.length > 0 ? (
          <UserTable
            className="mt-4"
            label="Members"
            users={users}
            statusAction={setMemberStatusAction}
            showDelegation={false}
            // Focal points manage delegates; other focal points are the administrators' to manage (lib enforces this too).
            canChangeStatus={(user) => user.role === 'delegate'}
          />
        ) : (
          <EmptyState
            className="mt-4"
            headingLevel="h3"
            title="No members yet"
            description={<p>Invite your delegation’s delegates below.</p>}
          />
        )}
      </section>

      <Card as="section" aria-labelledby="invite-heading" className="mt-10">
        <CardTitle>
          <span id="invite-heading">Invite a delegate</span>
        </CardTitle>
        <CardDescription>
          The person joins {viewer.delegation?.name ?? 'your delegation'} as a delegate: they can read the items and draft your delegation’s
          positions and comments.
        </CardDescription>
        <div className="mt-5">
          <InvitationForm action={inviteMemberAction} submitLabel="Invite delegate" />
        </div>
      </Card>

      <section aria-labelledby="pending-heading" className="mt-10">
        <h2 id="pending-heading" className="text-lg font-semibold text-slate-900">
          Pending invitations
        </h2>
        {pendingInvitations.length > 0 ? (
          <InvitationTable
            className="mt-4"
            label="Pending invitations"
            invitations={pendingInvitations}
            revokeAction={revokeMemberInvitationAction}
            showDelegation={false}
          />
        ) : (
          <p className="mt-2 text-sm text-slate-600">No invitation is waiting to be accepted.</p>
        )}
      </section>
    </div>
  )
}
