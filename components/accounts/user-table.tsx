import { Badge } from '@/components/ui/badge'
import { NoneText, ScrollTable, stickyColumn, Td, Th } from '@/components/ui/table'
import type { UserSummary } from '@/lib/accounts/users'
import type { FormState } from '@/lib/auth/form-action'
import { roleLabels } from '@/lib/auth/permissions'
import { formatDateTime } from '@/lib/dates'

import { PersonHeader } from './person-header'
import { RowActionButton } from './row-action-button'

export type UserRow = Pick<UserSummary, 'id' | 'name' | 'email' | 'role' | 'delegation' | 'isActive' | 'lastSignInAt'>

type UserTableProps = {
  users: UserRow[]
  /** Deactivates or reactivates the user named by the hidden `userId`. */
  statusAction: (previous: FormState, formData: FormData) => Promise<FormState>
  /** Whether to offer the button on a row; the server decides in the end. */
  canChangeStatus?: (user: UserRow) => boolean
  /** Said instead of the button where the status cannot be changed here. */
  unchangeableNote?: string
  /** A focal point's own delegation needs no column of its own. */
  showDelegation?: boolean
  label?: string
  className?: string
}

export function UserTable({
  users,
  statusAction,
  canChangeStatus = () => true,
  unchangeableNote = 'Managed by the administrators',
  showDelegation = true,
  label = 'Users',
  className,
}: UserTableProps) {
  return (
    <ScrollTable label={label} className={className}>
      <thead>
        <tr>
          <Th className={stickyColumn}>Name and email</Th>
          <Th>Role</Th>
          {showDelegation ? <Th>Delegation</Th> : null}
          <Th>Status</Th>
          <Th>Last sign-in</Th>
          <Th>Action</Th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <PersonHeader name={user.name} email={user.email} />
            <Td>{roleLabels[user.role]}</Td>
            {showDelegation ? <Td className="min-w-32">{user.delegation?.name ?? <NoneText />}</Td> : null}
            <Td>{user.isActive ? <Badge tone="success">Active</Badge> : <Badge tone="danger">Deactivated</Badge>}</Td>
            <Td className="whitespace-nowrap">
              {user.lastSignInAt ? (
                <time dateTime={user.lastSignInAt.toISOString()}>{formatDateTime(user.lastSignInAt)}</time>
              ) : (
                <span className="text-slate-500">Never</span>
              )}
            </Td>
            <Td>
              {canChangeStatus(user) ? (
                <RowActionButton
                  action={statusAction}
                  fields={{ userId: user.id, isActive: user.isActive ? 'false' : 'true' }}
                  label={`${user.isActive ? 'Deactivate' : 'Reactivate'} ${user.name}`}
                  pendingLabel={user.isActive ? 'Deactivating…' : 'Reactivating…'}
                />
              ) : (
                <span className="text-slate-500">{unchangeableNote}</span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  )
}
