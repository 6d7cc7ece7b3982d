/**
 * Admission control: at most `concurrency` requests are worked on at once by
 * this instance, a few more wait in a short queue, and past that a request is
 * refused at once with 503 and Retry-After, so a request is either served
 * within a bounded wait or told to come back; never left to time out into a
 * 500. Plain JavaScript: the server preloads it before Next.js
 * (lib/cli/admission-control.mjs), and the app reads its state from
 * globalThis (/api/health). Types in admission.d.mts.
 */

/** Where the preload keeps the instance's admission state for the app in the same process to read. */
export const ADMISSION_STATE_KEY = Symbol.for('gfmd.admission')

export const BUSY_MESSAGE = 'The workspace is very busy; your text is kept, try again in a few seconds. Nothing was saved.'

const DEFAULTS = { concurrency: 8, queue: 16, queueWaitMs: 2_000, retryAfterSeconds: 3 }

function whole(value, fallback, min) {
  if (value === undefined || value === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < min) throw new Error(`must be a whole number of at least ${min}, not "${value}"`)
  return number
}

/** The settings from ADMISSION_CONCURRENCY, ADMISSION_QUEUE, ADMISSION_QUEUE_WAIT_MS, ADMISSION_RETRY_AFTER_SECONDS. */
export function readAdmissionSettings(env) {
  const read = (name, key, min) => {
    try {
      return whole(env[name], DEFAULTS[key], min)
    } catch (error) {
      throw new Error(`${name}: ${error.message}`, { cause: error })
    }
  }
  return {
    concurrency: read('ADMISSION_CONCURRENCY', 'concurrency', 1),
    queue: read('ADMISSION_QUEUE', 'queue', 0),
    queueWaitMs: read('ADMISSION_QUEUE_WAIT_MS', 'queueWaitMs', 0),
    retryAfterSeconds: read('ADMISSION_RETRY_AFTER_SECONDS', 'retryAfterSeconds', 1),
  }
}

/**
 * Requests that are never queued: the health check (it must answer under load, and say so), and the build's
 * static files, which cost nothing and without which a page served in time would show unstyled.
 */
export function bypassesAdmission(url) {
  const path = (url ?? '/').split('?')[0]
  return path === '/api/health' || path.startsWith('/_next/static/') || path === '/robots.txt' || path === '/icon.svg'
}

const escapeHtml = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

function busyPage(isPost) {
  const next = isPost
    ? 'Go back to your page: what you typed is still there. Send it again in a few seconds.'
    : 'Reload this page in a few seconds.'
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Very busy · GCM Stocktaking Workspace</title>
<style>body{font-family:system-ui,sans-serif;color:#0f172a;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.6}h1{font-size:1.5rem}</style>
</head><body><main>
<p>GCM Stocktaking Workspace</p>
<h1>The workspace is very busy</h1>
<p>${escapeHtml(BUSY_MESSAGE)}</p>
<p>${escapeHtml(next)}</p>
</main></body></html>`
}

/**
 * The refusal, in the form the asker reads: a server action gets text/plain (Next.js's client shows it as the
 * action's error, which the forms catch and show beside the kept text), an API JSON, a page an HTML page.
 */
export function refuse(request, response, retryAfterSeconds) {
  const headers = { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store', Connection: 'close' }
  const path = (request.url ?? '/').split('?')[0]
  if (request.headers['next-action'] || request.headers['rsc']) {
    // Exactly `text/plain`: Next.js's action client reads the body as the message only then.
    response.writeHead(503, { ...headers, 'Content-Type': 'text/plain' })
    response.end(BUSY_MESSAGE)
  } else if (path.startsWith('/api/')) {
    response.writeHead(503, { ...headers, 'Content-Type': 'application/json; charset=utf-8' })
    response.end(JSON.stringify({ error: BUSY_MESSAGE, retryAfterSeconds }))
  } else {
    response.writeHead(503, {
      ...headers,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    })
    response.end(request.method === 'HEAD' ? undefined : busyPage(request.method === 'POST'))
  }
}

/**
 * One instance's gate. `admit(request, response, serve)` calls `serve()` now, or once a slot frees up within
 * the queue's wait, or refuses. A slot is held until the response closes (finished, or the client gone).
 */
export function createAdmission(settings) {
  const queue = []
  const state = {
    concurrency: settings.concurrency,
    queueLimit: settings.queue,
    inFlight: 0,
    queued: 0,
    served: 0,
    refused: 0,
    get saturated() {
      return state.inFlight >= state.concurrency
    },
  }

  function start(response, serve) {
    state.inFlight += 1
    state.served += 1
    let released = false
    response.once('close', () => {
      if (released) return
      released = true
      state.inFlight -= 1
      startQueued()
    })
    serve()
  }

  function startQueued() {
    while (state.inFlight < state.concurrency && queue.length > 0) {
      const entry = queue.shift()
      state.queued = queue.length
      clearTimeout(entry.timer)
      if (!entry.response.destroyed) start(entry.response, entry.serve)
    }
  }

  function refuseNow(request, response) {
    state.refused += 1
    refuse(request, response, settings.retryAfterSeconds)
  }

  function admit(request, response, serve) {
    if (state.inFlight < state.concurrency && queue.length === 0) return start(response, serve)
    if (queue.length >= settings.queue) return refuseNow(request, response)
    const entry = { response, serve, timer: undefined }
    const leave = () => {
      const index = queue.indexOf(entry)
      if (index === -1) return false
      queue.splice(index, 1)
      state.queued = queue.length
      clearTimeout(entry.timer)
      return true
    }
    entry.timer = setTimeout(() => leave() && refuseNow(request, response), settings.queueWaitMs)
    // A client that gives up while waiting frees its place.
    response.once('close', leave)
    queue.push(entry)
    state.queued = queue.length
  }

  return { state, admit }
}
