import type { Metadata } from 'next'

import { ButtonLink } from '@/components/ui/button'

export const metadata: Metadata = {
  title: 'No access',
}

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-page px-4 py-16 sm:px-6 sm:py-24 lg:px-8">
      <div className="max-w-xl">
        <p className="text-sm font-semibold text-primary-700">Error 403</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">You do not have access to this page</h1>
        <p className="mt-4 text-base/7 text-slate-700">
          Your role in the workspace does not include this page. If you need it for your work, ask your delegation’s focal point or the GFMD
          secretariat.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <ButtonLink href="/">Go to the home page</ButtonLink>
          <ButtonLink href="/account" variant="secondary">
            Your account
          </ButtonLink>
        </div>
      </div>
    </div>
  )
}
