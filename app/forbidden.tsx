import type { Metadata } from 'next'

import { ButtonLink } from '@/components/ui/button'
import { StatusPage } from '@/components/ui/status-page'

export const metadata: Metadata = {
  title: 'No access',
}

export default function Forbidden() {
  return (
    <StatusPage
      eyebrow="Error 403"
      title="You do not have access to this page"
      actions={
        <>
          <ButtonLink href="/">Go to the home page</ButtonLink>
          <ButtonLink href="/account" variant="secondary">
            Your account
          </ButtonLink>
        </>
      }
    >
      <p className="mt-4 text-base/7 text-slate-700">
        Your role in the workspace does not include this page. A role is given with the invitation to the workspace; if you need this page
        for your work, ask the workspace’s administrators.
      </p>
    </StatusPage>
  )
}
