'use server'

import { AuthError } from 'next-auth'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { acceptInvitation, acceptInvitationSchema } from '@/lib/accounts/invitations'
import { signIn } from '@/lib/auth/auth'
import { formAction } from '@/lib/auth/form-action'
import { MAX_PASSWORD_LENGTH } from '@/lib/auth/passwords'
import { getDb } from '@/lib/db'

// The form's equality check is a convenience; the action is the one that counts.
const acceptInvitationFormSchema = acceptInvitationSchema
  .extend({ confirmPassword: z.string().max(MAX_PASSWORD_LENGTH) })
  .refine((input) => input.password === input.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords differ.' })

export const acceptInvitationAction = formAction({ schema: acceptInvitationFormSchema, signedIn: false }, async (input) => {
  const { email } = await acceptInvitation(getDb(), { token: input.token, name: input.name, password: input.password })
  try {
    // The person just chose the password: sign them in with it, through the same provider as the sign-in form, and take them home.
    // On success signIn throws Next's redirect, which formAction passes on.
    await signIn('credentials', { email, password: input.password, redirectTo: '/' })
  } catch (error) {
    if (!(error instanceof AuthError)) throw error
    // The account exists either way; should signing in fail (say, throttled), the sign-in form takes over with the address filled in.
    console.error(error)
    redirect(`/sign-in?invited=1&email=${encodeURIComponent(email)}`)
  }
})
