'use client'

import { useEffect, useState } from 'react'

import { UNAVAILABLE_DIGEST } from '@/lib/errors'

type ErrorExplanationProps = {
  error: unknown
  /** What could not be shown: "This page", "The workspace". */
  subject: string
  isUnavailable: boolean
}

/** The server's error identifier, if any; never the message or stack. */
function getDigest(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'digest' in error && typeof error.digest === 'string') {
    return error.digest
  }
  return null
}

/**
 * Whether the page failed because the workspace is unavailable rather than for a bug: the error says so (the
 * database could not say who is signed in), or the health check, asked once, says the database is unreachable or
 * the instance is saturated. Next.js passes an error page only a digest, so asking is the way to know.
 */
export function useIsUnavailable(error: unknown): boolean {
  const isKnown = getDigest(error) === UNAVAILABLE_DIGEST
  const [isReported, setIsReported] = useState(false)
  useEffect(() => {
    if (isKnown) return
    const controller = new AbortController()
    fetch('/api/health', { cache: 'no-store', signal: controller.signal })
      .then(async (response) => {
        const health = (await response.json().catch(() => null)) as { admission?: { saturated?: boolean } | null } | null
        setIsReported(!response.ok || Boolean(health?.admission?.saturated))
      })
      .catch(() => setIsReported(!controller.signal.aborted))
    return () => controller.abort()
  }, [isKnown])
  return isKnown || isReported
}

/** What went wrong, in words for the person, with the reference the secretariat can find in the server's log. */
export function ErrorExplanation({ error, subject, isUnavailable }: ErrorExplanationProps) {
  const digest = getDigest(error)
  if (isUnavailable)
    return (
      <p className="mt-4 text-base/7 text-slate-700">
        {subject} is temporarily unavailable: the workspace is very busy, or its database is restarting. Try again in a few seconds.
      </p>
    )

  return (
    <>
      <p className="mt-4 text-base/7 text-slate-700">
        {subject} could not be shown. Try again; if the problem persists, contact the GFMD secretariat
        {digest ? ' and quote the reference below' : ''}.
      </p>
      {digest ? (
        <p className="mt-4 text-sm text-slate-600">
          Reference: <code className="rounded-sm bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800">{digest}</code>
        </p>
      ) : null}
    </>
  )
}
