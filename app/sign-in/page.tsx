import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { Notice } from '@/components/ui/notice'
import { SignInForm } from '@/components/auth/sign-in-form'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { getViewer } from '@/lib/auth/guard'
import { isOidcEnabled } from '@/lib/auth/oidc'
import { getEnv } from '@/lib/env'

import { signInAction, signInWithOidcAction } from './actions'

export const metadata: Metadata = {
  title: 'Sign in',
}

type SearchParams = Record<string, string | string[] | undefined>

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** Why the person is here, from the address: a finished step to confirm, or what went wrong. */
function describeArrival(params: SearchParams): { tone: 'error' | 'success' | 'info'; message: string } | null {
  const error = firstValue(params.error)
  if (error === 'AccessDenied') {
    return {
      tone: 'error',
      message: 'Your organisation account is not registered in this workspace. Ask your focal point for an invitation.',
    }
  }
  // Auth.js sends its other failures here too (pages.error); none of them is the person's to fix.
  if (error === 'CredentialsSignin') return { tone: 'error', message: 'The email or password is not right.' }
  if (error)
    return { tone: 'error', message: 'Signing in did not work. Please try again; if it keeps failing, contact the GFMD secretariat.' }
  if (firstValue(params.changed) === '1') return { tone: 'success', message: 'Your password was changed. Sign in with the new one.' }
  if (firstValue(params.invited) === '1') return { tone: 'success', message: 'Your account is ready. Sign in.' }
  if (firstValue(params.ended) === '1') return { tone: 'info', message: 'Your session has ended. Sign in again.' }
  return null
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (await getViewer()) redirect('/')
  const params = await searchParams
  const callbackUrl = firstValue(params.callbackUrl) ?? '/'
  const arrival = describeArrival(params)
  const oidcName = getEnv().OIDC_NAME ?? 'your organisation'

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-16 lg:px-8">
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">Sign in</h1>
        <p className="mt-3 text-base/7 text-slate-600">
          Sign in to record your delegation’s positions, comments and implementation status.
        </p>

        {arrival ? (
          <Notice tone={arrival.tone} className="mt-6">
            {arrival.message}
          </Notice>
        ) : null}

        <Card className="mt-6">
          <SignInForm action={signInAction} callbackUrl={callbackUrl} email={firstValue(params.email)?.slice(0, 320)} />

          {isOidcEnabled() ? (
            <>
              <div className="my-6 flex items-center gap-3 text-sm text-slate-600" aria-hidden="true">
                <span className="h-px flex-1 bg-slate-200" />
                or
                <span className="h-px flex-1 bg-slate-200" />
              </div>
              <form action={signInWithOidcAction}>
                <input type="hidden" name="callbackUrl" value={callbackUrl} />
                <Button type="submit" variant="secondary" size="lg" className="w-full">
                  Sign in with {oidcName}
                </Button>
              </form>
            </>
          ) : null}
        </Card>

        <p className="mt-6 text-sm/6 text-slate-600">
          Accounts are by invitation: a delegation’s focal point invites its delegates, and the workspace’s administrators invite everyone
          else. If you do not have an account yet, ask your focal point or an administrator.
        </p>
      </div>
    </div>
  )
}
