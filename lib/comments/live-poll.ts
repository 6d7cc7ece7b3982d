/**
 * How the item page's live thread asks for new comments (comment-thread.tsx),
 * kept in one place so the two-instance benchmark polls exactly as it does.
 */
/** The live-update interval: the thread asks every 5 s while its tab is visible. */
export const COMMENT_POLL_MS = 5_000
/** Asks again for a little before the last answer: a comment whose transaction committed late still arrives. */
export const COMMENT_POLL_OVERLAP_MS = 10_000

/** The thread's next question, from the server's `loadedAt` of its last answer. */
export function commentPollPath(itemCode: string, lastLoadedAt: string): string {
  const from = new Date(Date.parse(lastLoadedAt) - COMMENT_POLL_OVERLAP_MS).toISOString()
  return `/api/v1/items/${encodeURIComponent(itemCode)}/comments?since=${encodeURIComponent(from)}`
}
