'use client'

import { Button, ButtonLink } from '@/components/ui/button'

type ErrorPageProps = {
  error: unknown
  /** Re-fetches and re-renders the failed segment. */
  retry: () => void
}

/** The server's error identifier, if any; never the message or stack. */
function getDigest(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'digest' in error && typeof error.digest === 'string') {
    return error.digest
  }
  return null
}

export default function ErrorPage({ error, retry }: ErrorPageProps) {
  const digest = getDigest(error)

  return (
    <div className="mx-auto max-w-page px-4 py-16 sm:px-6 sm:py-24 lg:px-8">
      <div role="alert" className="max-w-xl">
        <p className="text-sm font-semibold text-red-800">Error</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">Something went wrong</h1>
        <p className="mt-4 text-base/7 text-slate-700">
          This page could not be shown. Try again; if the problem persists, contact the GFMD secretariat
          {digest ? ' and quote the reference below' : ''}.
        </p>
        {digest ? (
          <p className="mt-4 text-sm text-slate-600">
            Reference: <code className="rounded-sm bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800">{digest}</code>
          </p>
        ) : null}
        <div className="mt-8 flex flex-wrap gap-3">
          <Button onClick={() => retry()}>Try again</Button>
          <ButtonLink href="/" variant="secondary">
            Go to the home page
          </ButtonLink>
        </div>
      </div>
    </div>
  )
}
