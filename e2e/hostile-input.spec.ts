/**
 * Hostile requests against the running production app, as a participant with
 * a script would send them: first every request issue 12 found answered with
 * a 500, then requests fast-check generates for every API route, every page
 * with a dynamic segment and every server action, signed out and signed in as
 * a focal point, a secretariat reviewer and an administrator. The answer is
 * always below 500. Writes are never well-formed here (every field of a
 * generated action is hostile), so no other spec's data can change; that
 * nothing is partly written when refused is held by
 * lib/workspace/hostile-input.int.test.ts.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import fc from 'fast-check'
import type { APIRequestContext, APIResponse } from '@playwright/test'

import { createUser, type TestUser } from './support/db'
import { expect, signInThroughApi, test } from './support/fixtures'

// Delegations no other spec writes in.
const OWN = 'BEL'

/** The server actions of this build, each with a page that serves it. */
function serverActions(): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>
  }
  const fill: Record<string, string> = {
    '[code]': 'E-16.03',
    '[token]': 'not-a-real-invitation-token',
    '[kind]': 'position',
    '[inputId]': 'cx0000000000000000000000',
  }
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? 'app/page'
    const page =
      worker
        .replace(/^app/, '')
        .replace(/\/page$/, '')
        .replace(/\[[^\]]+\]/g, (segment) => fill[segment] ?? 'x') || '/'
    return { id, name: entry.exportedName ?? id, page }
  })
}

/** A lone surrogate cannot be percent-encoded: it goes as U+FFFD, which a browser would send too. */
function encodeSegment(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'))
}

function expectAnswered(response: APIResponse, what: string) {
  expect(response.status(), what).toBeLessThan(500)
}

function expectRefused(response: APIResponse, what: string, status?: number) {
  if (status) expect(response.status(), what).toBe(status)
  expect(response.status(), what).toBeGreaterThanOrEqual(400)
  expect(response.status(), what).toBeLessThan(500)
}

/** A multipart body written by hand, so the boundary can be wrong and the body cut short. */
function multipart(fields: Record<string, string>, boundary = 'fuzzboundary'): string {
  return Object.entries(fields)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join('')
    .concat(`--${boundary}--\r\n`)
}

test.describe('hostile input against the running app', () => {
  test.describe.configure({ timeout: 180_000 })

  let focalPoint: TestUser
  let reviewer: TestUser
  let administrator: TestUser

  test.beforeAll(async () => {
    const run = Date.now().toString(36)
    ;[focalPoint, reviewer, administrator] = await Promise.all([
      createUser({ role: 'focal_point', delegationCode: OWN, name: `Hostile Focal ${run}` }),
      createUser({ role: 'secretariat_reviewer', delegationCode: 'GFMD', name: `Hostile Reviewer ${run}` }),
      createUser({ role: 'administrator', delegationCode: null, name: `Hostile Admin ${run}` }),
    ])
  })

  async function signedIn(newContext: () => Promise<{ request: APIRequestContext }>, user: TestUser): Promise<APIRequestContext> {
    const context = await newContext()
    await signInThroughApi(context.request, user)
    return context.request
  }

  test('every request issue 12 found answered with a 500 now gets a 4xx, or the page without the stray byte', async ({
    request,
    newContext,
    baseURL,
  }) => {
    const actions = serverActions()
    const signIn = actions.find((action) => action.name === 'signInAction')
    const savePosition = actions.find((action) => action.name === 'savePositionDraftAction')
    expect(signIn && savePosition).toBeTruthy()
    const asFocalPoint = await signedIn(newContext, focalPoint)
    const asAdministrator = await signedIn(newContext, administrator)

    for (const address of [
      '/catalogue/%C0%AF',
      '/api/v1/catalogue/%FF%FE',
      '/invitations/%ED%A0%80',
      '/api/v1/items/%F0%9F%98/comments',
      '/api/auth/%C0%AF',
    ]) {
      expectRefused(await request.get(address), address, 400)
      expectRefused(await asFocalPoint.get(address), `${address} signed in`, 400)
    }

    // A NUL in a filter is dropped: the page shows as without it.
    expect((await request.get('/catalogue?q=%00')).status()).toBe(200)
    expect((await asFocalPoint.get('/delegation?q=%00', { maxRedirects: 0 })).status()).toBe(200)
    expect((await asAdministrator.get('/admin/delegations?q=%00', { maxRedirects: 0 })).status()).toBe(200)
    expectRefused(await asFocalPoint.get('/api/v1/delegations/DEU%00/positions'), 'NUL in a delegation code', 400)
    expectRefused(await asFocalPoint.get('/api/v1/items/E-16.03/comments?since=-000001-01-01T00:00:00Z'), 'since before year 0', 400)
    expectRefused(await asFocalPoint.get('/api/v1/items/E-16.03/comments?since=275760-09-13T00:00:00Z'), 'since at the end of time', 400)

    // Server-action bodies that are not a browser's form data, signed in or not.
    const origin = new URL(baseURL ?? '').origin
    for (const [context, action, page] of [
      [request, signIn!, '/sign-in'],
      [asFocalPoint, savePosition!, '/catalogue/E-16.03'],
    ] as const) {
      const post = (headers: Record<string, string>, data: string | Buffer) =>
        context.post(page, { headers: { 'Next-Action': action.id, Origin: origin, ...headers }, data })
      expectRefused(await post({ 'Content-Type': 'text/plain;charset=UTF-8' }, 'hello'), 'plain text', 400)
      expectRefused(await post({ 'Content-Type': 'text/plain;charset=UTF-8' }, 'null'), 'arguments that are not a list', 400)
      expectRefused(await post({ 'Content-Type': 'application/json' }, '{"rationale":"x"}'), 'JSON', 415)
      expectRefused(
        await post({ 'Content-Type': 'multipart/form-data; boundary=right' }, multipart({ '1_a': 'b' }, 'wrong')),
        'wrong boundary',
        400,
      )
      expectRefused(await post({ 'Content-Type': 'multipart/form-data; boundary=right' }, ''), 'empty body', 400)
      expectRefused(
        await post({ 'Content-Type': 'multipart/form-data; boundary=right' }, multipart({ '1_a': 'b' }, 'right').slice(0, 30)),
        'truncated',
        400,
      )
      // Well-formed, but its arguments are not (previous state, form): a message, not a crash.
      const notAForm = await post(
        { 'Content-Type': 'multipart/form-data; boundary=right' },
        multipart({ '0': '["$K1"]', '1_a': 'b' }, 'right'),
      )
      expect(notAForm.status()).toBe(200)
      expect(await notAForm.text()).toContain('This form could not be read')
      const huge = multipart({ '0': '["$undefined","$K1"]', '1_rationale': 'x'.repeat(3 * 1024 * 1024 + 1) }, 'right')
      expectRefused(await post({ 'Content-Type': 'multipart/form-data; boundary=right' }, huge), 'over 3 MB', 413)
      const foreign = await context.post(page, {
        headers: { 'Next-Action': action.id, Origin: 'https://evil.example', 'Content-Type': 'multipart/form-data; boundary=right' },
        data: multipart({ '0': '["$undefined","$K1"]', '1_email': 'a@b.c' }, 'right'),
      })
      expectRefused(foreign, 'foreign origin', 403)
    }

    expectRefused(await request.fetch('/', { method: 'TRACE' }), 'TRACE', 405)
    expectRefused(await request.fetch('/api/health', { method: 'TRACE' }), 'TRACE on the API', 405)
    const formWithoutAction = await request.post('/catalogue', { multipart: { field: 'value' } })
    expectRefused(formWithoutAction, 'multipart POST to a page without Next-Action')
  })

  test('requests generated for every API route, dynamic page and server action are never answered with a 5xx', async ({
    request,
    newContext,
    baseURL,
  }) => {
    const viewers = [
      request,
      await signedIn(newContext, focalPoint),
      await signedIn(newContext, reviewer),
      await signedIn(newContext, administrator),
    ]
    const actions = serverActions()
    const origin = new URL(baseURL ?? '').origin

    const hostileText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom(
        '\u0000',
        '\uD800',
        '\u202Eevil',
        '<script>alert(1)</script>',
        "' OR 1=1 --",
        '-000001-01-01T00:00:00Z',
        '0000-01-01',
        '',
      ),
      fc.constant('x'.repeat(5_000)),
    )
    // A path segment as a script might send it: encoded text, raw bytes (often not UTF-8), or another delegation's code.
    const segment = fc.oneof(
      hostileText.map(encodeSegment),
      fc
        .array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 })
        .map((bytes) => bytes.map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')),
      fc.constantFrom('E-16.03', 'DEU', 'MEX', OWN, 'GFMD', '..', '%2e%2e', 'E-16.03%00'),
    )
    // Kept under 2,000 characters a value: Next's redirects (a doubled slash) echo the address in two headers, and
    // three values of 5,000 would overflow the client's 16 kB header limit, not the server.
    const queryText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      hostileText.filter((text) => text.length < 2_000),
      fc.constant('x'.repeat(1_500)),
    )
    const query = fc.dictionary(
      fc.constantFrom('q', 'since', 'item', 'rows', 'group', 'cluster', 'kind', 'sort', 'dir', 'position', 'status', 'from', 'callbackUrl'),
      queryText,
      { maxKeys: 3 },
    )
    const routes = [
      (s: string) => `/api/v1/catalogue/${s}`,
      (s: string) => `/api/v1/delegations/${s}/positions`,
      (s: string) => `/api/v1/items/${s}/comments`,
      (s: string) => `/api/auth/${s}`,
      () => '/api/v1/catalogue',
      () => '/api/v1/positions',
      () => '/api/v1/statuses',
      () => '/api/v1/dashboards',
      () => '/api/health',
      (s: string) => `/catalogue/${s}`,
      (s: string) => `/invitations/${s}`,
      (s: string) => `/review/position/${s}`,
      () => '/catalogue',
      () => '/delegation',
      () => '/admin/delegations',
      () => '/review',
      () => '/dashboards',
    ]
    const routeRequest = fc.record({
      kind: fc.constant('route' as const),
      viewer: fc.nat(viewers.length - 1),
      method: fc.constantFrom('GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'PROPFIND'),
      route: fc.nat(routes.length - 1),
      segment,
      query,
      body: fc.option(hostileText, { nil: undefined }),
    })
    const fields = fc.dictionary(
      fc.constantFrom(
        'itemCode',
        'rationale',
        'body',
        'email',
        'name',
        'commentId',
        'inputId',
        'visibility',
        'version',
        'baseVersion',
        'asOf',
        'token',
        'userId',
        'items',
      ),
      hostileText,
      { maxKeys: 5 },
    )
    const actionRequest = fc.record({
      kind: fc.constant('action' as const),
      viewer: fc.nat(viewers.length - 1),
      action: fc.nat(actions.length - 1),
      // React's encoding of (previous state, form), something else, or nothing.
      args: fc.constantFrom('["$undefined","$K1"]', '["$K1"]', '[]', '{}', 'null', '"$K1"', '[1,2,3]', 'not json'),
      fields,
      contentType: fc.constantFrom(
        'multipart',
        'multipart',
        'multipart',
        'text/plain;charset=UTF-8',
        'application/x-www-form-urlencoded',
        'none',
      ),
      origin: fc.constantFrom(origin, origin, 'null', 'https://evil.example', undefined),
      truncate: fc.boolean(),
    })

    let cases = 0
    await fc.assert(
      fc.asyncProperty(fc.oneof(routeRequest, actionRequest), async (generated) => {
        cases += 1
        const context = viewers[generated.viewer]!
        if (generated.kind === 'route') {
          const address = `${routes[generated.route]!(generated.segment)}?${new URLSearchParams(generated.query)}`
          const hasBody = generated.method !== 'GET' && generated.method !== 'HEAD'
          const response = await context.fetch(address, {
            method: generated.method,
            data: hasBody ? generated.body : undefined,
            maxRedirects: 0,
          })
          return expectAnswered(response, `${generated.method} ${address}`)
        }
        const action = actions[generated.action]!
        const body = multipart({
          '0': generated.args,
          ...Object.fromEntries(Object.entries(generated.fields).map(([key, value]) => [`1_${key}`, value])),
        })
        const headers: Record<string, string> = { 'Next-Action': action.id, ...(generated.origin ? { Origin: generated.origin } : {}) }
        if (generated.contentType === 'multipart') headers['Content-Type'] = 'multipart/form-data; boundary=fuzzboundary'
        else if (generated.contentType !== 'none') headers['Content-Type'] = generated.contentType
        const response = await context.post(action.page, {
          headers,
          data: generated.truncate ? body.slice(0, body.length / 2) : body,
          maxRedirects: 0,
        })
        expectAnswered(response, `${action.name} ${JSON.stringify(generated).slice(0, 300)}`)
      }),
      { numRuns: 600, endOnFailure: true },
    )
    expect(cases).toBe(600)
  })
})
