'use client'

import './globals.css'

type GlobalErrorProps = {
  error: unknown
  /** Re-fetches and re-renders the app. */
  retry: () => void
}

function getDigest(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'digest' in error && typeof error.digest === 'string') {
    return error.digest
  }
  return null
}

/** Replaces the root layout when it fails, so it renders its own document. */
export default function GlobalError({ error, retry }: GlobalErrorProps) {
  const digest = getDigest(error)

  return (
    <html lang="en">
      <body className="bg-white font-sans text-slate-900">
        <title>Something went wrong · GCM Stocktaking Workspace</title>
        <div aria-hidden="true" className="h-1 bg-primary-800" />
        <main className="mx-auto max-w-xl px-4 py-16 sm:px-6 sm:py-24">
          <p className="text-sm font-semibold text-slate-700">
            <span className="mr-2 rounded-sm bg-primary-800 px-1.5 py-0.5 text-[0.6875rem] font-bold tracking-wider text-white">GFMD</span>
            GCM Stocktaking Workspace
          </p>
          <h1 className="mt-8 text-2xl font-semibold tracking-tight sm:text-3xl">Something went wrong</h1>
          <p className="mt-4 text-base/7 text-slate-700">
            The workspace could not be shown. Try again; if the problem persists, contact the GFMD secretariat
            {digest ? ' and quote the reference below' : ''}.
          </p>
          {digest ? (
            <p className="mt-4 text-sm text-slate-600">
              Reference: <code className="font-mono text-slate-800">{digest}</code>
            </p>
          ) : null}
          <div className="mt-8 flex flex-wrap gap-3">
            <button
              type="button"
              onClick={() => retry()}
              className="inline-flex h-10 items-center rounded-ui bg-primary-700 px-4 text-sm font-medium text-white hover:bg-primary-800"
            >
              Try again
            </button>
            {/* A full page load, not client navigation: the root layout is what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a
              href="/"
              className="inline-flex h-10 items-center rounded-ui px-4 text-sm font-medium text-slate-900 ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
            >
              Go to the home page
            </a>
          </div>
        </main>
      </body>
    </html>
  )
}
