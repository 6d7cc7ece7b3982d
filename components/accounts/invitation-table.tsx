import { Badge, type BadgeTone } from '@/components/ui/badge'
import { NoneText, ScrollTable, stickyColumn, Td, Th } from '@/components/ui/table'
import type { InvitationSummary } from '@/lib/accounts/invitations'
import type { FormState } from '@/lib/auth/form-action'
import { roleLabels } from '@/lib/auth/permissions'
import { formatShortDate } from '@/lib/dates'

import { PersonHeader } from './person-header'
import { RowActionButton } from './row-action-button'

const statusTones: Record<InvitationSummary['status'], BadgeTone> = {
  pending: 'warning',
  accepted: 'success',
  expired: 'neutral',
  revoked: 'danger',
}

const statusLabels: Record<InvitationSummary['status'], string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  expired: 'Expired',
  revoked: 'Revoked',
}

type InvitationTableProps = {
  invitations: InvitationSummary[]
  /** Revokes the invitation named by the hidden `invitationId`. */
  revokeAction: (previous: FormState, formData: FormData) => Promise<FormState>
  /** A focal point's list is of one delegation only. */
  showDelegation?: boolean
  label?: string
  className?: string
}

export function InvitationTable({
  invitations,
  revokeAction,
  showDelegation = true,
  label = 'Invitations',
  className,
}: InvitationTableProps) {
  return (
    <ScrollTable label={label} className={className}>
      <thead>
        <tr>
          <Th className={stickyColumn}>Invited person</Th>
          <Th>Role</Th>
          {showDelegation ? <Th>Delegation</Th> : null}
          <Th>Invited by</Th>
          <Th>Sent</Th>
          <Th>Expires</Th>
          <Th>Status</Th>
          <Th>Action</Th>
        </tr>
      </thead>
      <tbody>
        {invitations.map((invitation) => (
          <tr key={invitation.id}>
            <PersonHeader name={invitation.name} email={invitation.email} />
            <Td>{roleLabels[invitation.role]}</Td>
            {showDelegation ? <Td className="min-w-32">{invitation.delegation ?? <NoneText />}</Td> : null}
            <Td>{invitation.invitedBy}</Td>
            <Td className="whitespace-nowrap">
              <time dateTime={invitation.createdAt.toISOString()}>{formatShortDate(invitation.createdAt)}</time>
            </Td>
            <Td className="whitespace-nowrap">
              <time dateTime={invitation.expiresAt.toISOString()}>{formatShortDate(invitation.expiresAt)}</time>
            </Td>
            <Td>
              <Badge tone={statusTones[invitation.status]}>{statusLabels[invitation.status]}</Badge>
            </Td>
            <Td>
              {invitation.status === 'pending' ? (
                <RowActionButton
                  action={revokeAction}
                  fields={{ invitationId: invitation.id }}
                  label="Revoke"
                  accessibleLabel={`Revoke invitation for ${invitation.email}`}
                  pendingLabel="Revoking…"
                />
              ) : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  )
}
