'use server'

/** The administration's server actions: public endpoints, each re-checking 'accounts.administer' (see accountFormActions). */
import { revalidatePath } from 'next/cache'

import { accountFormActions, type InvitationFormState } from '@/lib/accounts/account-form-actions'
import type { FormState } from '@/lib/auth/form-action'

const actions = accountFormActions('accounts.administer', () => revalidatePath('/admin', 'layout'))

export async function setUserStatusAction(previous: FormState, formData: FormData): Promise<FormState> {
  return actions.changeUserStatus(previous, formData)
}

export async function revokeInvitationAction(previous: FormState, formData: FormData): Promise<FormState> {
  return actions.revokeInvitation(previous, formData)
}

export async function inviteAction(previous: InvitationFormState, formData: FormData): Promise<InvitationFormState> {
  return actions.invite(previous, formData)
}
