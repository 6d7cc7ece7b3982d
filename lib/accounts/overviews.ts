/** What the administration overview and a focal point's members page show, each loaded in one call. */
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'

import { describeDelegationCounts } from './delegation-directory'
import { listDelegations } from './delegations'
import { listInvitations } from './invitations'
import { listUsers } from './users'

export async function getAdminOverview(db: Db, viewer: Viewer) {
  const [delegations, users, invitations] = await Promise.all([
    listDelegations(db, viewer),
    listUsers(db, viewer),
    listInvitations(db, viewer),
  ])
  const activeUsers = users.filter((user) => user.isActive).length
  return {
    delegations: delegations.length,
    /** "190 member states, 12 observers, 1 secretariat". */
    delegationCounts: describeDelegationCounts(delegations),
    activeUsers,
    deactivatedUsers: users.length - activeUsers,
    pendingInvitations: invitations.filter((invitation) => invitation.status === 'pending').length,
    /** Links nobody used in time: the person may still be waiting for a new one. */
    expiredInvitations: invitations.filter((invitation) => invitation.status === 'expired').length,
  }
}

/** The people of the focal point's own delegation and its invitations still waiting: lib scopes both lists to that delegation. */
export async function getDelegationMembers(db: Db, viewer: Viewer) {
  const [users, invitations] = await Promise.all([listUsers(db, viewer), listInvitations(db, viewer)])
  return { users, pendingInvitations: invitations.filter((invitation) => invitation.status === 'pending') }
}
