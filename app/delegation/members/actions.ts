'use server'

/**
 * A focal point's server actions for their delegation's members: public
 * endpoints, each re-checking 'members.manage'; lib keeps every id and
 * invitation within the focal point's own delegation, and to delegates.
 */
import { revalidatePath } from 'next/cache'

import { accountFormActions, type InvitationFormState } from '@/lib/accounts/account-form-actions'
import type { FormState } from '@/lib/auth/form-action'

const actions = accountFormActions('members.manage', () => revalidatePath('/delegation/members'))

export async function setMemberStatusAction(previous: FormState, formData: FormData): Promise<FormState> {
  return actions.changeUserStatus(previous, formData)
}

export async function revokeMemberInvitationAction(previous: FormState, formData: FormData): Promise<FormState> {
  return actions.revokeInvitation(previous, formData)
}

export async function inviteMemberAction(previous: InvitationFormState, formData: FormData): Promise<InvitationFormState> {
  return actions.invite(previous, formData)
}
