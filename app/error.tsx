'use client'

import { ErrorExplanation } from '@/components/error-explanation'
import { Button, ButtonLink } from '@/components/ui/button'
import { StatusPage } from '@/components/ui/status-page'

type ErrorPageProps = {
  error: unknown
  /** Re-fetches and re-renders the failed segment. */
  retry: () => void
}

export default function ErrorPage({ error, retry }: ErrorPageProps) {
  return (
    <StatusPage
      eyebrow="Error"
      title="Something went wrong"
      isAlert
      actions={
        <>
          <Button onClick={() => retry()}>Try again</Button>
          <ButtonLink href="/" variant="secondary">
            Go to the home page
          </ButtonLink>
        </>
      }
    >
      <ErrorExplanation error={error} subject="This page" />
    </StatusPage>
  )
}
