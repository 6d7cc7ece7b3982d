'use server'

import { AuthError, CredentialsSignin } from 'next-auth'
import { z } from 'zod'

import { signIn } from '@/lib/auth/auth'
import { AppError } from '@/lib/errors'
import { formAction } from '@/lib/auth/form-action'
import { isOidcEnabled, OIDC_PROVIDER_ID } from '@/lib/auth/oidc'
import { MAX_PASSWORD_LENGTH } from '@/lib/auth/passwords'
import { storableText } from '@/lib/validation/text'

const signInSchema = z.object({
  email: storableText().trim().min(1, 'Enter your email address.').max(320),
  password: z.string().min(1, 'Enter your password.').max(MAX_PASSWORD_LENGTH),
  callbackUrl: z.string().max(2000).optional(),
})

/**
 * Where to go after signing in: a path on this site only, so a crafted link
 * cannot send someone elsewhere ("//host" and "/\host" are other hosts to a browser).
 */
function safeRedirectPath(callbackUrl: unknown): string {
  if (typeof callbackUrl !== 'string' || !callbackUrl.startsWith('/') || callbackUrl.startsWith('//') || callbackUrl.includes('\\')) {
    return '/'
  }
  return callbackUrl
}

export const signInAction = formAction({ schema: signInSchema, signedIn: false }, async (input) => {
  try {
    // On success signIn throws Next's redirect, which must reach Next untouched.
    await signIn('credentials', { email: input.email, password: input.password, redirectTo: safeRedirectPath(input.callbackUrl) })
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      if (error.code === 'throttled') throw new AppError('invalid', 'Too many sign-in attempts. Wait 15 minutes and try again.')
      // One message for an unknown email and a wrong password: the form must not reveal who has an account.
      throw new AppError('invalid', 'The email or password is not right.')
    }
    if (error instanceof AuthError) {
      console.error(error)
      throw new AppError('invalid', 'Signing in did not work on our side. Please try again in a moment.')
    }
    throw error
  }
})

export async function signInWithOidcAction(formData: FormData): Promise<void> {
  // The button is only shown when the provider is configured; a forged post must not reach Auth.js without it.
  if (!isOidcEnabled()) return
  await signIn(OIDC_PROVIDER_ID, { redirectTo: safeRedirectPath(formData instanceof FormData ? formData.get('callbackUrl') : null) })
}
