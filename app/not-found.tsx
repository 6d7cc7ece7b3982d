import type { Metadata } from 'next'

import { ButtonLink } from '@/components/ui/button'
import { StatusPage } from '@/components/ui/status-page'

export const metadata: Metadata = {
  title: 'Page not found',
}

export default function NotFound() {
  return (
    <StatusPage
      eyebrow="Error 404"
      title="Page not found"
      actions={
        <>
          <ButtonLink href="/">Go to the home page</ButtonLink>
          <ButtonLink href="/catalogue" variant="secondary">
            Browse the catalogue
          </ButtonLink>
        </>
      }
    >
      <p className="mt-4 text-base/7 text-slate-700">
        There is no page at this address. It may have moved, or the link you followed may be incomplete.
      </p>
    </StatusPage>
  )
}
