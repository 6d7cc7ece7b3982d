'use client'

import './globals.css'

import { ErrorExplanation, useIsUnavailable } from '@/components/error-explanation'
import { Button, buttonClasses } from '@/components/ui/button'

type GlobalErrorProps = {
  error: unknown
  /** Re-fetches and re-renders the app. */
  retry: () => void
}

/** Replaces the root layout when it fails, so it renders its own document. */
export default function GlobalError({ error, retry }: GlobalErrorProps) {
  const isUnavailable = useIsUnavailable(error)
  const title = isUnavailable ? 'Temporarily unavailable' : 'Something went wrong'
  return (
    <html lang="en">
      <body className="bg-white font-sans text-slate-900">
        <title>{`${title} · GCM Stocktaking Workspace`}</title>
        <div aria-hidden="true" className="h-1 bg-primary-800" />
        <main className="mx-auto max-w-xl px-4 py-16 sm:px-6 sm:py-24">
          <p className="text-sm font-semibold text-slate-700">
            <span className="mr-2 rounded-sm bg-primary-800 px-1.5 py-0.5 text-[0.6875rem] font-bold tracking-wider text-white">GFMD</span>
            GCM Stocktaking Workspace
          </p>
          <h1 className="mt-8 text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
          <ErrorExplanation error={error} subject="The workspace" isUnavailable={isUnavailable} />
          <div className="mt-8 flex flex-wrap gap-3">
            <Button onClick={() => retry()}>Try again</Button>
            {/* A full page load, not client navigation: the root layout is what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className={buttonClasses({ variant: 'secondary' })}>
              Go to the home page
            </a>
          </div>
        </main>
      </body>
    </html>
  )
}
