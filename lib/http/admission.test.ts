/**
 * The admission gate on a real HTTP server: a handler that holds every
 * request until the test lets it go, so what is served, queued and refused is
 * exact.
 */
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { BUSY_MESSAGE, bypassesAdmission, createAdmission, readAdmissionSettings, type AdmissionSettings } from './admission.mjs'

type Gate = ReturnType<typeof createAdmission>

let server: Server | undefined
afterEach(
  () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve()
      server.close(() => resolve())
      server.closeAllConnections()
    }),
)

/** A server whose handler answers only when released; bypassing paths answer at once, as the preload does. */
async function serve(settings: AdmissionSettings) {
  const gate: Gate = createAdmission(settings)
  const held: ServerResponse[] = []
  server = createServer((request, response) => {
    const handle = () => {
      if (request.url === '/api/health') return void response.end(JSON.stringify(gate.state))
      held.push(response)
    }
    if (bypassesAdmission(request.url)) return handle()
    gate.admit(request, response, handle)
  })
  server.keepAliveTimeout = 1
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const release = (count = held.length) => held.splice(0, count).forEach((response) => response.end('served'))
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { headers: { connection: 'close', ...headers } }).then(async (response) => ({
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      type: response.headers.get('content-type'),
      body: await response.text(),
    }))
  const until = async (check: () => boolean) => {
    while (!check()) await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return { gate, held, release, get, until }
}

describe('admission control', () => {
  it('serves up to its concurrency, queues a few, refuses the rest at once with 503 and Retry-After', async () => {
    const { gate, held, release, get, until } = await serve({ concurrency: 2, queue: 2, queueWaitMs: 10_000, retryAfterSeconds: 3 })
    const answers = [1, 2, 3, 4].map((index) => get(`/page/${index}`))
    await until(() => gate.state.inFlight === 2 && gate.state.queued === 2)
    expect(held).toHaveLength(2)

    // A fifth finds the queue full: refused without waiting, as a page.
    const refused = await get('/page/5')
    expect(refused).toMatchObject({ status: 503, retryAfter: '3' })
    expect(refused.type).toContain('text/html')
    expect(refused.body).toContain('The workspace is very busy')

    // Health is never queued, and says the instance is saturated.
    const health = await get('/api/health')
    expect(health.status).toBe(200)
    expect(JSON.parse(health.body)).toMatchObject({ saturated: true, inFlight: 2, queued: 2, refused: 1 })

    // Each finished request lets one queued request in, in order.
    release()
    await until(() => held.length === 2 && gate.state.queued === 0)
    release()
    expect((await Promise.all(answers)).map((answer) => answer.status)).toEqual([200, 200, 200, 200])
    await until(() => gate.state.inFlight === 0)
    expect(gate.state).toMatchObject({ served: 4, refused: 1, saturated: false })
  })

  it('refuses a queued request whose wait runs out, and frees the place of a client that gave up', async () => {
    const { gate, release, get, until } = await serve({ concurrency: 1, queue: 2, queueWaitMs: 200, retryAfterSeconds: 2 })
    const first = get('/held')
    await until(() => gate.state.inFlight === 1)

    const started = Date.now()
    const waited = await get('/api/v1/catalogue')
    expect(Date.now() - started).toBeGreaterThanOrEqual(150)
    // An API gets JSON.
    expect(waited).toMatchObject({ status: 503, retryAfter: '2' })
    expect(JSON.parse(waited.body)).toEqual({ error: BUSY_MESSAGE, retryAfterSeconds: 2 })

    const giveUp = new AbortController()
    const abandoned = fetch(`${'http://127.0.0.1:' + (server!.address() as AddressInfo).port}/gone`, { signal: giveUp.signal }).catch(
      () => 'aborted',
    )
    await until(() => gate.state.queued === 1)
    giveUp.abort()
    expect(await abandoned).toBe('aborted')
    await until(() => gate.state.queued === 0)

    release()
    expect((await first).status).toBe(200)
    await until(() => gate.state.inFlight === 0)
  })

  it('answers a server action in plain text, which Next.js hands to the form as the message', async () => {
    const { gate, release, get, until } = await serve({ concurrency: 1, queue: 0, queueWaitMs: 0, retryAfterSeconds: 3 })
    const first = get('/catalogue/E-16.05')
    await until(() => gate.state.inFlight === 1)
    const action = await get('/catalogue/E-16.05', { 'next-action': 'abc123' })
    expect(action).toEqual({ status: 503, retryAfter: '3', type: 'text/plain', body: BUSY_MESSAGE })
    release()
    await first
  })

  it('reads its settings from the environment, with defaults', () => {
    expect(readAdmissionSettings({})).toEqual({ concurrency: 8, queue: 16, queueWaitMs: 2_000, retryAfterSeconds: 3 })
    expect(readAdmissionSettings({ ADMISSION_CONCURRENCY: '1', ADMISSION_QUEUE: '0' })).toMatchObject({ concurrency: 1, queue: 0 })
    expect(() => readAdmissionSettings({ ADMISSION_CONCURRENCY: '0' })).toThrow(/ADMISSION_CONCURRENCY/)
    expect(bypassesAdmission('/_next/static/chunks/app.js')).toBe(true)
    expect(bypassesAdmission('/api/health?x=1')).toBe(true)
    expect(bypassesAdmission('/catalogue')).toBe(false)
  })
})
