'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'

import { acceptInvitation, acceptInvitationSchema } from '@/lib/accounts/invitations'
import { formAction } from '@/lib/auth/form-action'
import { MAX_PASSWORD_LENGTH } from '@/lib/auth/passwords'
import { getDb } from '@/lib/db'

// The form's equality check is a convenience; the action is the one that counts.
const acceptInvitationFormSchema = acceptInvitationSchema
  .extend({ confirmPassword: z.string().max(MAX_PASSWORD_LENGTH) })
  .refine((input) => input.password === input.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords differ.' })

export const acceptInvitationAction = formAction({ schema: acceptInvitationFormSchema, signedIn: false }, async (input) => {
  await acceptInvitation(getDb(), { token: input.token, name: input.name, password: input.password })
  redirect('/sign-in?invited=1')
})
