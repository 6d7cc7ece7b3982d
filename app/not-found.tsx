import type { Metadata } from 'next'

import { ButtonLink } from '@/components/ui/button'

export const metadata: Metadata = {
  title: 'Page not found',
}

export default function NotFound() {
  return (
    <div className="mx-auto max-w-page px-4 py-16 sm:px-6 sm:py-24 lg:px-8">
      <div className="max-w-xl">
        <p className="text-sm font-semibold text-primary-700">Error 404</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">Page not found</h1>
        <p className="mt-4 text-base/7 text-slate-700">
          There is no page at this address. It may have moved, or the link you followed may be incomplete.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <ButtonLink href="/">Go to the home page</ButtonLink>
          <ButtonLink href="/catalogue" variant="secondary">
            Browse the catalogue
          </ButtonLink>
        </div>
      </div>
    </div>
  )
}
