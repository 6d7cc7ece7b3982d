'use client'

import { ErrorExplanation, useIsUnavailable } from '@/components/error-explanation'
import { Button, ButtonLink } from '@/components/ui/button'
import { StatusPage } from '@/components/ui/status-page'

type ErrorPageProps = {
  error: unknown
  /** Re-fetches and re-renders the failed segment. */
  retry: () => void
}

export default function ErrorPage({ error, retry }: ErrorPageProps) {
  const isUnavailable = useIsUnavailable(error)
  return (
    <StatusPage
      eyebrow="Error"
      title={isUnavailable ? 'Temporarily unavailable' : 'Something went wrong'}
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
      <ErrorExplanation error={error} subject="This page" isUnavailable={isUnavailable} />
    </StatusPage>
  )
}
