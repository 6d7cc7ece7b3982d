'use server'

import { changePassword, changePasswordSchema } from '@/lib/accounts/users'
import { signOut } from '@/lib/auth/auth'
import { formAction } from '@/lib/auth/form-action'
import { getDb } from '@/lib/db'

export const changePasswordAction = formAction({ schema: changePasswordSchema }, async (input, viewer) => {
  await changePassword(getDb(), viewer, input)
  // The change has ended every session of this person, this one included: clear its cookie and say why.
  await signOut({ redirectTo: '/sign-in?changed=1' })
})
