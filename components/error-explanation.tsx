type ErrorExplanationProps = {
  error: unknown
  /** What could not be shown: "This page", "The workspace". */
  subject: string
}

/** The server's error identifier, if any; never the message or stack. */
function getDigest(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'digest' in error && typeof error.digest === 'string') {
    return error.digest
  }
  return null
}

/** What went wrong, in words for the person, with the reference the secretariat can find in the server's log. */
export function ErrorExplanation({ error, subject }: ErrorExplanationProps) {
  const digest = getDigest(error)

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
