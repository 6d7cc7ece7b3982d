'use server'

/**
 * A focal point's server actions for their delegation's members: public
 * endpoints, each re-checking 'members.manage'; lib keeps every id and
 * invitation within the focal point's own delegation, and to delegates.
 */
import { revalidatePath } from 'next/cache'

import { accountFormActions } from '@/lib/accounts/account-form-actions'

const actions = accountFormActions('members.manage', () => revalidatePath('/delegation/members'))

export const setMemberStatusAction = actions.changeUserStatus

export const revokeMemberInvitationAction = actions.revokeInvitation

export const inviteMemberAction = actions.invite
