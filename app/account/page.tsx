import type { Metadata } from 'next'

import { ButtonLink } from '@/components/ui/button'
import { Card, CardDescription, CardTitle } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageViewer } from '@/lib/auth/guard'
import { roleLabels } from '@/lib/auth/permissions'
import type { DelegationKind } from '@/lib/generated/prisma/enums'

export const metadata: Metadata = {
  title: 'Your account',
}

const delegationKindLabels: Record<DelegationKind, string> = {
  member_state: 'Member state',
  observer: 'Observer organisation',
  secretariat: 'Secretariat',
}

export default async function AccountPage() {
  const viewer = await requirePageViewer('/account')

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-14 lg:px-8">
      <PageHeader title="Your account" description={<p>Who you are in the workspace, and what you can do in it.</p>} />

      <div className="mt-8 grid max-w-3xl gap-6">
        <Card as="section" aria-labelledby="details-heading">
          <CardTitle>
            <span id="details-heading">Your details</span>
          </CardTitle>
          <dl className="mt-4 divide-y divide-slate-200 border-t border-slate-200 text-sm/6">
            <div className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
              <dt className="font-medium text-slate-600">Name</dt>
              <dd className="text-slate-900 sm:col-span-2">{viewer.name}</dd>
            </div>
            <div className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
              <dt className="font-medium text-slate-600">Email address</dt>
              <dd className="break-all text-slate-900 sm:col-span-2">{viewer.email}</dd>
            </div>
            <div className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
              <dt className="font-medium text-slate-600">Role</dt>
              <dd className="text-slate-900 sm:col-span-2">{roleLabels[viewer.role]}</dd>
            </div>
            <div className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
              <dt className="font-medium text-slate-600">Delegation</dt>
              <dd className="text-slate-900 sm:col-span-2">
                {viewer.delegation ? (
                  <>
                    {viewer.delegation.name}
                    <span className="text-slate-600">
                      {' '}
                      · {delegationKindLabels[viewer.delegation.kind]} · {viewer.delegation.code}
                    </span>
                  </>
                ) : (
                  <span className="text-slate-600">None: administrators work across all delegations.</span>
                )}
              </dd>
            </div>
          </dl>
          <CardDescription className="mt-4">
            Your name, role and delegation are set by whoever manages accounts: your focal point, or an administrator.
          </CardDescription>
        </Card>

        <Card as="section" aria-labelledby="password-heading">
          <CardTitle>
            <span id="password-heading">Password</span>
          </CardTitle>
          {viewer.hasPassword ? (
            <>
              <CardDescription>
                Changing your password signs you out everywhere, on every device; you then sign in with the new one.
              </CardDescription>
              <ButtonLink href="/account/password" variant="secondary" className="mt-4">
                Change password
              </ButtonLink>
            </>
          ) : (
            <CardDescription>You sign in through your organisation; there is no password to change here.</CardDescription>
          )}
        </Card>
      </div>
    </div>
  )
}
