import type { Metadata } from 'next'

import { InvitationForm } from '@/components/accounts/invitation-form'
import { InvitationTable } from '@/components/accounts/invitation-table'
import { UserTable } from '@/components/accounts/user-table'
import { Card, CardDescription, CardTitle } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { PageSection } from '@/components/ui/page-section'
import { getDelegationMembers } from '@/lib/accounts/overviews'
import { requirePageViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { plural } from '@/lib/plural'

import { inviteMemberAction, revokeMemberInvitationAction, setMemberStatusAction } from './actions'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Members of your delegation' }

export default async function DelegationMembersPage() {
  const viewer = await requirePageViewer('/delegation/members', 'members.manage')
  const { users, pendingInvitations } = await getDelegationMembers(getDb(), viewer)
  const delegationName = viewer.delegation?.name ?? 'your delegation'

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        eyebrow={viewer.delegation?.name ?? 'Your delegation'}
        title="Members"
        description={
          <p>
            The people who work for {delegationName} in this workspace. Invite delegates, and deactivate those who leave: their sessions end
            at once.
          </p>
        }
      />

      <PageSection id="members" title={plural(users.length, 'member', 'members')} className="mt-8">
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
      </PageSection>

      <Card as="section" aria-labelledby="invite-heading" className="mt-10">
        <CardTitle>
          <span id="invite-heading">Invite a delegate</span>
        </CardTitle>
        <CardDescription>
          The person joins {delegationName} as a delegate: they can read the items and draft your delegation’s positions and comments.
        </CardDescription>
        <div className="mt-5">
          <InvitationForm action={inviteMemberAction} submitLabel="Invite delegate" />
        </div>
      </Card>

      <PageSection id="pending" title="Pending invitations" className="mt-10">
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
      </PageSection>
    </div>
  )
}
