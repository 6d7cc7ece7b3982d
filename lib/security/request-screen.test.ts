/** What the proxy refuses before Next answers with a 500 (the cases issue 12 found, and generated paths). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { hasDecodablePath, isSameOrigin, MAX_ACTION_BODY_BYTES, screenBody, screenHeaders } from './request-screen'

const host = 'workspace.test'
function headersOf(method: string, pathname: string, headers: Record<string, string> = {}) {
  return screenHeaders({ method, pathname, headers: new Headers({ host, ...headers }) as never })
}
const action = { 'next-action': '7f00', origin: `https://${host}` }
const multipart = 'multipart/form-data; boundary=XYZ'

describe('request screen', () => {
  it('refuses path segments that do not decode to text, as issue 12 found them', () => {
    for (const path of [
      '/catalogue/%C0%AF',
      '/api/v1/catalogue/%FF%FE',
      '/invitations/%ED%A0%80',
      '/api/v1/items/%F0%9F%98/comments',
      '/api/auth/%C0%AF',
    ]) {
      expect(headersOf('GET', path)).toMatchObject({ status: 400 })
    }
    expect(headersOf('GET', '/catalogue/E-16.03')).toBeNull()
    expect(headersOf('GET', '/catalogue/G%C3%B6tz')).toBeNull()
  })

  it('decides on any generated path exactly as decodeURIComponent does, never by throwing', () => {
    const segment = fc.oneof(
      fc.string(),
      fc
        .array(fc.integer({ min: 0, max: 255 }), { maxLength: 6 })
        .map((bytes) => bytes.map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')),
    )
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), (segments) => {
        const path = `/${segments.join('/')}`
        let decodes = true
        try {
          decodeURIComponent(path)
        } catch {
          decodes = false
        }
        expect(hasDecodablePath(path)).toBe(decodes)
      }),
      { numRuns: 500 },
    )
  })

  it('refuses methods the app does not serve', () => {
    expect(headersOf('TRACE', '/')).toMatchObject({ status: 405 })
    expect(headersOf('PROPFIND', '/api/health')).toMatchObject({ status: 405 })
    expect(headersOf('GET', '/')).toBeNull()
  })

  it('refuses server-action posts from another site (403), over 3 MB (413), not multipart (415), without a length (411)', () => {
    expect(
      headersOf('POST', '/sign-in', { ...action, origin: 'https://evil.example', 'content-type': multipart, 'content-length': '10' }),
    ).toMatchObject({ status: 403 })
    expect(headersOf('POST', '/sign-in', { ...action, origin: 'null', 'content-type': multipart, 'content-length': '10' })).toMatchObject({
      status: 403,
    })
    expect(
      headersOf('POST', '/sign-in', { ...action, 'content-type': multipart, 'content-length': String(MAX_ACTION_BODY_BYTES + 1) }),
    ).toMatchObject({ status: 413 })
    // An action without arguments sends them as JSON text; its body is checked by screenBody.
    expect(headersOf('POST', '/', { ...action, 'content-type': 'text/plain;charset=UTF-8', 'content-length': '2' })).toBeNull()
    expect(headersOf('POST', '/', { ...action, 'content-type': 'application/x-www-form-urlencoded', 'content-length': '3' })).toMatchObject(
      {
        status: 415,
      },
    )
    expect(headersOf('POST', '/sign-in', { ...action, 'content-type': 'application/json', 'content-length': '2' })).toMatchObject({
      status: 415,
    })
    expect(headersOf('POST', '/sign-in', { ...action, 'content-type': multipart })).toMatchObject({ status: 411 })
    expect(headersOf('POST', '/sign-in', { ...action, 'content-type': multipart, 'content-length': '10' })).toBeNull()
    // Behind a proxy the public host is the forwarded one.
    expect(
      headersOf('POST', '/sign-in', {
        ...action,
        origin: 'https://public.example',
        'x-forwarded-host': 'public.example',
        'content-type': multipart,
        'content-length': '1',
      }),
    ).toBeNull()
    // Route handlers answer for themselves.
    expect(
      headersOf('POST', '/api/auth/callback/credentials', {
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      }),
    ).toBeNull()
  })

  it('refuses a multipart body that does not parse: wrong boundary, empty, cut short', async () => {
    const post = (body: string) => new Request(`https://${host}/sign-in`, { method: 'POST', headers: { 'content-type': multipart }, body })
    const good = '--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.c\r\n--XYZ--\r\n'
    expect(await screenBody(post(good))).toBeNull()
    expect(await screenBody(post(good.replaceAll('XYZ', 'ABC')))).toMatchObject({ status: 400 })
    expect(await screenBody(post(''))).toMatchObject({ status: 400 })
    expect(await screenBody(post(good.slice(0, 50)))).toMatchObject({ status: 400 })
    // A server action's arguments are JSON in the field "0".
    const action = (body: string) =>
      new Request(`https://${host}/sign-in`, { method: 'POST', headers: { 'content-type': multipart, 'next-action': '7f00' }, body })
    const args = (json: string) => `--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n${json}\r\n--XYZ--\r\n`
    expect(await screenBody(action(args('["$undefined","$K1"]')))).toBeNull()
    expect(await screenBody(action(args('not json')))).toMatchObject({ status: 400 })
    expect(await screenBody(action(args('null')))).toMatchObject({ status: 400 })
    expect(await screenBody(action(good))).toMatchObject({ status: 400 })
    const text = (body: string) =>
      new Request(`https://${host}/`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8', 'next-action': '0000' },
        body,
      })
    expect(await screenBody(text('[]'))).toBeNull()
    for (const body of ['hello', '', 'null', '{"a":1}', '"x"']) expect(await screenBody(text(body))).toMatchObject({ status: 400 })
  })

  it('compares origins by host', () => {
    expect(isSameOrigin('https://workspace.test', 'workspace.test')).toBe(true)
    expect(isSameOrigin('https://workspace.test:8443', 'workspace.test')).toBe(false)
    expect(isSameOrigin('not a url', 'workspace.test')).toBe(false)
  })
})
