import type { Metadata } from 'next'

import { UserTable } from '@/components/accounts/user-table'
import { ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { TextLink } from '@/components/ui/text-link'
import { listDelegationChoices } from '@/lib/accounts/delegations'
import { listUsers } from '@/lib/accounts/users'
import { requirePageViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'

import { setUserStatusAction } from '../actions'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Users · Administration' }

type SearchParams = Record<string, string | string[] | undefined>

/** A delegation code from the address, or nothing if it is not one. */
function parseDelegationCode(value: string | string[] | undefined): string | undefined {
  const code = (Array.isArray(value) ? value[0] : value)?.trim().toUpperCase()
  return code && /^[A-Z]{2,10}$/.test(code) ? code : undefined
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const delegationCode = parseDelegationCode((await searchParams).delegation)
  const returnTo = delegationCode ? `/admin/users?delegation=${delegationCode}` : '/admin/users'
  const viewer = await requirePageViewer(returnTo, 'accounts.administer')
  const db = getDb()
  const [users, delegations] = await Promise.all([
    listUsers(db, viewer, delegationCode ? { delegationCode } : {}),
    delegationCode ? listDelegationChoices(db, viewer) : Promise.resolve([]),
  ])
  const delegation = delegationCode ? delegations.find((choice) => choice.code === delegationCode) : undefined
  const activeCount = users.filter((user) => user.isActive).length

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        eyebrow={delegation ? 'Users' : undefined}
        title={delegation ? delegation.name : delegationCode ? `Unknown delegation ${delegationCode}` : 'Users'}
        description={
          <p>
            {`${users.length} ${users.length === 1 ? 'account' : 'accounts'}, ${activeCount} active. `}
            Deactivating an account ends its sessions at once; reactivating lets the person sign in again.
          </p>
        }
        actions={
          <>
            {delegationCode ? <TextLink href="/admin/users">All users</TextLink> : null}
            <ButtonLink href="/admin/invitations" variant="secondary">
              Invite someone
            </ButtonLink>
          </>
        }
      />

      <div className="mt-8">
        {users.length > 0 ? (
          <UserTable
            users={users}
            statusAction={setUserStatusAction}
            showDelegation={!delegation}
            canChangeStatus={(user) => user.id !== viewer.userId}
            unchangeableNote="Your own account"
          />
        ) : (
          <EmptyState
            title={delegation ? `No one from ${delegation.name} has an account yet` : 'No users'}
            description={<p>Invite the delegation’s focal point; they can then invite its delegates.</p>}
            action={<ButtonLink href="/admin/invitations">Invite someone</ButtonLink>}
          />
        )}
      </div>
    </div>
  )
}
