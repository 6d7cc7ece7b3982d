/**
 * The live-update check of `npm run bench:instances`: a delegate posts a
 * comment through one instance as the item page's form does without
 * JavaScript, while a second delegate of the same delegation has the item
 * open on another instance, whose thread asks for new comments every 5 s
 * exactly as comment-thread.tsx does. How long from the poster's
 * acknowledgement until the other instance shows it: in the thread's next
 * answer, and in its item page loaded right after the acknowledgement.
 */
import { COMMENT_POLL_MS, commentPollPath } from '@/lib/comments/live-poll'

import { commentPost } from './form-post'
import { timeUntilSeen, type SeenResult } from './instances'

type ThreadLook = { sentAt: number; answeredAt: number; status: number; bodies: string[] }

/** A reader's open item page on `baseUrl`: its thread's poll, every COMMENT_POLL_MS, from the server's `loadedAt`. */
export function watchThread(options: { baseUrl: string; cookie: string; itemCode: string; loadedAt: string }) {
  const looks: ThreadLook[] = []
  const pending = new Set<Promise<void>>()
  let lastLoadedAt = options.loadedAt
  const poll = () => {
    const sentAt = Date.now()
    const done = (async () => {
      try {
        const response = await fetch(`${options.baseUrl}${commentPollPath(options.itemCode, lastLoadedAt)}`, {
          headers: { cookie: options.cookie },
          signal: AbortSignal.timeout(30_000),
        })
        if (!response.ok) {
          await response.body?.cancel()
          looks.push({ sentAt, answeredAt: Date.now(), status: response.status, bodies: [] })
          return
        }
        const answer = (await response.json()) as { comments: { body: string | null }[]; loadedAt: string }
        // As the thread: the next round asks from this answer's server time.
        lastLoadedAt = answer.loadedAt
        looks.push({
          sentAt,
          answeredAt: Date.now(),
          status: response.status,
          bodies: answer.comments.map((comment) => comment.body ?? ''),
        })
      } catch {
        looks.push({ sentAt, answeredAt: Date.now(), status: 0, bodies: [] })
      }
    })()
    pending.add(done)
    void done.finally(() => pending.delete(done))
  }
  // setInterval, as the thread's window.setInterval: a round does not wait for the one before.
  const timer = setInterval(poll, COMMENT_POLL_MS)
  return {
    looks,
    /** The looks since `from` (ms), and whether each showed a comment containing `marker`. */
    looksFor(marker: string, from: number) {
      return looks
        .filter((look) => look.sentAt >= from || look.answeredAt >= from)
        .map((look) => ({ ...look, shows: look.bodies.some((body) => body.includes(marker)) }))
    },
    async stop() {
      clearInterval(timer)
      await Promise.all(pending)
    },
  }
}

export type Trial = {
  marker: string
  /** Statuses of the posts until one was acknowledged ("Comment posted."), refusals for load included. */
  postStatuses: number[]
  /** ms the acknowledged post took. */
  postMs: number | null
  acknowledgedAt: number | null
  /** The reader's item page on the other instance, loaded right after the acknowledgement: its status, and ms until it answered showing the comment (null if it did not). */
  page: { status: number; untilShownMs: number | null }
  /** The reader's live thread on the other instance. */
  thread: SeenResult
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * One trial: post through `poster`'s instance (retrying a refusal for load after its Retry-After, as the form tells
 * a person to), then look on the reader's instance, and wait for the thread until two rounds after the interval.
 */
export async function commentTrial(options: {
  poster: { baseUrl: string; cookie: string; hiddenFields: [string, string][] }
  reader: { baseUrl: string; cookie: string }
  itemCode: string
  marker: string
  thread: ReturnType<typeof watchThread>
}): Promise<Trial> {
  const startedAt = Date.now()
  const postStatuses: number[] = []
  let acknowledgedAt: number | null = null
  let postMs: number | null = null
  for (let attempt = 0; attempt < 5 && acknowledgedAt === null; attempt += 1) {
    const request = commentPost({
      ...options.poster,
      itemCode: options.itemCode,
      body: `${options.marker}: a comment posted through one instance, to be read on the other.`,
      visibility: 'delegation',
    })
    const sentAt = Date.now()
    try {
      const response = await fetch(`${options.poster.baseUrl}${request.path}`, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(30_000),
      })
      const html = await response.text()
      postStatuses.push(response.status)
      if (response.ok && html.includes('Comment posted.')) {
        acknowledgedAt = Date.now()
        postMs = acknowledgedAt - sentAt
      } else if (response.status === 503) await wait(Number(response.headers.get('retry-after') ?? '3') * 1000)
      else break
    } catch {
      postStatuses.push(0)
    }
  }
  if (acknowledgedAt === null)
    return {
      marker: options.marker,
      postStatuses,
      postMs,
      acknowledgedAt,
      page: { status: 0, untilShownMs: null },
      thread: timeUntilSeen(0, [], COMMENT_POLL_MS),
    }

  let page: Trial['page'] = { status: 0, untilShownMs: null }
  try {
    const response = await fetch(`${options.reader.baseUrl}/catalogue/${options.itemCode}`, {
      headers: { cookie: options.reader.cookie },
      signal: AbortSignal.timeout(30_000),
    })
    const html = await response.text()
    page = { status: response.status, untilShownMs: html.includes(options.marker) ? Date.now() - acknowledgedAt : null }
  } catch {
    // No answer: status 0, not shown.
  }
  // The thread's rounds that could show it: up to two intervals after the acknowledgement, and the answer of the last.
  const deadline = acknowledgedAt + 2 * COMMENT_POLL_MS
  while (Date.now() < deadline && !options.thread.looksFor(options.marker, startedAt).some((look) => look.shows)) await wait(100)
  const looks = options.thread.looksFor(options.marker, startedAt)
  return {
    marker: options.marker,
    postStatuses,
    postMs,
    acknowledgedAt,
    page,
    thread: timeUntilSeen(acknowledgedAt, looks, COMMENT_POLL_MS),
  }
}
