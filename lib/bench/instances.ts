/**
 * The pure arithmetic of running several app instances on one database
 * (README, "Deploying"): whether their pools fit the server's connections,
 * how an offered rate splits across them, what their answers add up to, and
 * how long a comment posted through one took to show on another.
 */

import { percentile } from './percentile'

/**
 * Whether `instances` pools of `poolMax` connections, plus the benchmark's own and the README's 5 spare (migrations,
 * a backup, a person with psql), fit under the server's max_connections less its reserved ones.
 */
export function connectionsFit(options: {
  instances: number
  poolMax: number
  maxConnections: number
  reserved: number
  /** Connections the benchmark itself holds (its checking client). */
  own: number
}): { fits: boolean; needed: number; available: number } {
  const needed = options.instances * options.poolMax + options.own
  const available = options.maxConnections - options.reserved - 5
  return { fits: needed <= available, needed, available }
}

/** Each instance's share of a total offered rate, as a round-robin balancer spreads it: the same for each. */
export function splitRate(total: number, instances: number): number[] {
  if (!Number.isInteger(instances) || instances < 1) throw new Error(`instances must be a whole number of at least 1, not ${instances}`)
  return Array.from({ length: instances }, () => total / instances)
}

export type Answer = {
  /** 0 when no answer came (connection failed or gave up after 30 s). */
  status: number
  ms: number
  /** Why an answer with a 2xx status still failed (a save's page saying it did not save); counted under this name. */
  failure?: string
}

export type AnswerSummary = {
  answered: number
  /** Answers that served the request (2xx, 3xx, no failure) per second of the phase. */
  served: number
  servedPerSecond: number
  p50: number
  p95: number
  p99: number
  /** Every answer that is not 2xx or 3xx (a 503 refusal for load counts), and every request with no answer. */
  errors: number
  /** The errors by status; "no answer" for requests that got none. */
  errorsByStatus: Record<string, number>
}

export const isServed = (status: number) => status >= 200 && status < 400
const served = (answer: Answer) => isServed(answer.status) && !answer.failure

/** Latency percentiles of every answer (an error's too: a 503 comes back fast, and hides nothing by being left out). */
export function summarizeAnswers(answers: Answer[], seconds: number): AnswerSummary {
  const answered = answers.filter((answer) => answer.status !== 0)
  const latencies = answered.map((answer) => answer.ms).sort((a, b) => a - b)
  const errorsByStatus: Record<string, number> = {}
  for (const answer of answers) {
    if (served(answer)) continue
    const key = answer.failure ?? (answer.status === 0 ? 'no answer' : String(answer.status))
    errorsByStatus[key] = (errorsByStatus[key] ?? 0) + 1
  }
  return {
    answered: answered.length,
    served: answers.filter(served).length,
    servedPerSecond: answers.filter(served).length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors: Object.values(errorsByStatus).reduce((sum, count) => sum + count, 0),
    errorsByStatus,
  }
}

/** One look at the other instance for the comment: when it was sent, when its answer came, whether it showed the comment. */
export type Look = { sentAt: number; answeredAt: number; shows: boolean }

export type SeenResult = {
  /** ms from the acknowledgement until an answer showing the comment arrived; null if none did. */
  untilShownMs: number | null
  /** ms from the acknowledgement until the look that showed it was sent (≤ 0: it was already on its way). */
  showingLookSentMs: number | null
  /** Whether the look that showed it left within `intervalMs` of the acknowledgement: the thread's next round, not a later one. */
  withinInterval: boolean
}

/**
 * How long the comment acknowledged at `acknowledgedAt` took to show on the other instance, from the looks taken
 * there (in any order). A look that arrived before the acknowledgement cannot have shown a comment not yet
 * acknowledged to anyone, but can, if its query ran after the commit: its time counts as 0.
 */
export function timeUntilSeen(acknowledgedAt: number, looks: Look[], intervalMs: number): SeenResult {
  const showing = looks.filter((look) => look.shows).sort((a, b) => a.answeredAt - b.answeredAt)[0]
  if (!showing) return { untilShownMs: null, showingLookSentMs: null, withinInterval: false }
  const showingLookSentMs = showing.sentAt - acknowledgedAt
  return {
    untilShownMs: Math.max(0, showing.answeredAt - acknowledgedAt),
    showingLookSentMs,
    withinInterval: showingLookSentMs <= intervalMs,
  }
}
