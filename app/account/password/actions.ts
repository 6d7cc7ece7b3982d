'use server'

import { changePassword, changePasswordSchema } from '@/lib/accounts/users'
import { signOut } from '@/lib/auth/auth'
import { authorize } from '@/lib/auth/authorize'
import { formAction } from '@/lib/auth/form-action'
import { getDb } from '@/lib/db'

export const changePasswordAction = formAction({ schema: changePasswordSchema }, async (input, viewer) => {
  await changePassword(getDb(), authorize(viewer), input)
  // The change has ended every session of this person, this one included: clear its cookie and say why.
  await signOut({ redirectTo: '/sign-in?changed=1' })
})
