/**
 * Driving load with autocannon and summing up what came back: latency
 * percentiles of every response, the status codes, and the throughput.
 */
import autocannon from 'autocannon'

import { percentile } from './percentile'

export type LoadRequest = { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }

export type LoadOptions = {
  baseUrl: string
  /** Called before every request: which path, cookie and body it sends. */
  nextRequest: () => LoadRequest
  seconds: number
  connections: number
  /** Requests per second from all connections together; none: as fast as the server answers. */
  rate?: number
  /** Requests in all (then `seconds` is only an upper bound), e.g. a few sequential ones to count queries. */
  amount?: number
  /** Called with every answered request: what was sent, the status, the body, and when it was sent (ms since the epoch). */
  onResponse?: (sent: LoadRequest, status: number, body: string, sentAt: number) => void
}

export type LoadResult = {
  requests: number
  seconds: number
  throughput: number
  p50: number
  p95: number
  p99: number
  max: number
  /** Responses of 400 and above, connection errors, timeouts, and requests offered at a fixed rate but not answered within the run. */
  errors: number
  unanswered: number
  statuses: Record<string, number>
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  const started = Date.now()
  let finish: (result: autocannon.Result) => void = () => {}
  let fail: (error: unknown) => void = () => {}
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  const instance = autocannon(
    {
      url: options.baseUrl,
      connections: options.connections,
      duration: options.seconds,
      // With an amount autocannon stops after that many requests (and ignores the duration).
      amount: options.amount,
      overallRate: options.rate,
      timeout: 30,
      requests: [
        {
          // autocannon keeps a context per connection, whose requests go one after another: what the connection sent
          // last is what its next answer is for.
          setupRequest: (request, context: { sent?: LoadRequest; sentAt?: number }) => {
            const next = options.nextRequest()
            context.sent = next
            context.sentAt = Date.now()
            return {
              ...request,
              method: next.method ?? 'GET',
              path: next.path,
              headers: { ...request.headers, ...next.headers },
              body: next.body,
            }
          },
          onResponse: options.onResponse
            ? (status: number, body: string, context: { sent?: LoadRequest; sentAt?: number }) =>
                options.onResponse!(context.sent!, status, body, context.sentAt!)
            : undefined,
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  )
  // Every response's own time, the same way for fixed and open load (autocannon's own
  // histogram corrects fixed-rate latencies for coordinated omission; ours reports
  // the achieved rate beside them instead, which shows when the server fell behind).
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime)
    statuses[String(statusCode)] = (statuses[String(statusCode)] ?? 0) + 1
  })
  const result = await done
  const seconds = (Date.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  // At a fixed rate, what was offered and not answered within the run (autocannon sends a
  // connection's next request only once its last one is answered, so the shortfall is the measure).
  const offered = options.rate ? Math.round(options.rate * options.seconds) : (options.amount ?? 0)
  const unanswered = Math.max(0, offered - latencies.length - result.errors - result.timeouts)
  const failed = Object.entries(statuses).reduce((sum, [status, count]) => (Number(status) >= 400 ? sum + count : sum), 0)
  return {
    requests: latencies.length,
    seconds,
    throughput: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? Number.NaN,
    errors: failed + result.errors + result.timeouts + unanswered,
    unanswered,
    statuses: {
      ...statuses,
      ...(result.errors ? { errors: result.errors } : {}),
      ...(result.timeouts ? { timeouts: result.timeouts } : {}),
      ...(unanswered ? { unanswered } : {}),
    },
  }
}

async function probe(baseUrl: string): Promise<number> {
  const started = Date.now()
  try {
    await fetch(`${baseUrl}/robots.txt`, { signal: AbortSignal.timeout(10_000) })
  } catch {
    return 10_000
  }
  return Date.now() - started
}

/** How long the idle server takes to answer a static file: the bar for `waitUntilIdle`. */
export async function measureIdleProbe(baseUrl: string): Promise<number> {
  const times: number[] = []
  for (let index = 0; index < 5; index += 1) times.push(await probe(baseUrl))
  return times.sort((a, b) => a - b)[2]!
}

/**
 * Waits until the server answers a static file about as fast as when idle:
 * requests left in its queue by one phase (their clients gone) must not be
 * counted in the next. Gives up after `maxSeconds`; returns the seconds waited.
 */
export async function waitUntilIdle(baseUrl: string, idleProbeMs: number, maxSeconds = 30): Promise<number> {
  const started = Date.now()
  const bar = Math.max(50, idleProbeMs * 3)
  while (Date.now() - started < maxSeconds * 1000) {
    if ((await probe(baseUrl)) <= bar) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return (Date.now() - started) / 1000
}

/**
 * Open load: `rate` requests a second for `seconds`, each sent on time whatever happened to the ones before, as
 * people arrive (autocannon's fixed rate waits for a connection's answer before its next request, so a server that
 * slows down is offered less). Resolves once every request has its answer, or failed, or gave up after 30 s.
 */
export async function offerLoad(options: {
  baseUrl: string
  nextRequest: () => LoadRequest
  rate: number
  seconds: number
  onResponse: (sent: LoadRequest, status: number, body: string, sentAt: number) => void
}): Promise<{ offered: number; failed: number }> {
  const offered = Math.round(options.rate * options.seconds)
  const started = Date.now()
  let failed = 0
  const pending: Promise<void>[] = []
  for (let index = 0; index < offered; index += 1) {
    const due = started + (index * 1000) / options.rate
    if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()))
    const request = options.nextRequest()
    const sentAt = Date.now()
    pending.push(
      fetch(`${options.baseUrl}${request.path}`, {
        method: request.method ?? 'GET',
        headers: request.headers,
        body: request.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(30_000),
      })
        .then(async (response) => options.onResponse(request, response.status, await response.text(), sentAt))
        .catch(() => void (failed += 1)),
    )
  }
  await Promise.all(pending)
  return { offered, failed }
}
