'use server'

/** The administration's server actions: public endpoints, each re-checking 'accounts.administer' (see accountFormActions). */
import { revalidatePath } from 'next/cache'

import { accountFormActions } from '@/lib/accounts/account-form-actions'

const actions = accountFormActions('accounts.administer', () => revalidatePath('/admin', 'layout'))

export const setUserStatusAction = actions.changeUserStatus

export const revokeInvitationAction = actions.revokeInvitation

export const inviteAction = actions.invite
