/**
 * A stub OpenID Connect issuer for the end-to-end tests: discovery, an
 * authorization page where the test types who signs in, a token endpoint that
 * checks the client secret and PKCE, and RS256-signed ID tokens. Just enough
 * of the protocol for Auth.js to run its real flow against it.
 */
import { createHash, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

import { exportJWK, generateKeyPair, SignJWT } from 'jose'

export const OIDC_STUB = {
  port: Number(process.env.OIDC_STUB_PORT ?? 3190),
  clientId: 'gfmd-e2e',
  clientSecret: 'stub-client-secret-for-tests-only',
  name: 'Stub identity provider',
}
const issuer = `http://127.0.0.1:${OIDC_STUB.port}`

type PendingCode = { email: string; nonce: string | null; codeChallenge: string | null; redirectUri: string }

async function main() {
  const { publicKey, privateKey } = await generateKeyPair('RS256')
  const jwk = { ...(await exportJWK(publicKey)), kid: 'stub-key', alg: 'RS256', use: 'sig' }
  const codes = new Map<string, PendingCode>()

  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  }
  const readBody = async (request: IncomingMessage) => {
    let body = ''
    for await (const chunk of request) body += chunk
    return new URLSearchParams(body)
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', issuer)
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      })
    }
    if (url.pathname === '/jwks') return json(response, 200, { keys: [jwk] })
    if (url.pathname === '/authorize' && request.method === 'GET') {
      // The test fills in who signs in; the query travels on in hidden fields.
      const hidden = [...url.searchParams].map(
        ([key, value]) => `<input type="hidden" name="${key}" value="${value.replace(/"/g, '&quot;')}">`,
      )
      response.writeHead(200, { 'content-type': 'text/html' })
      return response.end(
        `<!doctype html><title>Stub identity provider</title><form method="post" action="/authorize">${hidden.join('')}` +
          `<label>Organisation email <input name="login" type="email"></label><button>Continue</button></form>`,
      )
    }
    if (url.pathname === '/authorize' && request.method === 'POST') {
      const form = await readBody(request)
      if (form.get('client_id') !== OIDC_STUB.clientId) return json(response, 400, { error: 'unauthorized_client' })
      const code = randomBytes(16).toString('hex')
      const redirectUri = form.get('redirect_uri') ?? ''
      codes.set(code, { email: form.get('login') ?? '', nonce: form.get('nonce'), codeChallenge: form.get('code_challenge'), redirectUri })
      const target = new URL(redirectUri)
      target.searchParams.set('code', code)
      if (form.get('state')) target.searchParams.set('state', form.get('state') ?? '')
      target.searchParams.set('iss', issuer)
      response.writeHead(302, { location: target.toString() })
      return response.end()
    }
    if (url.pathname === '/token' && request.method === 'POST') {
      const form = await readBody(request)
      const basic = request.headers.authorization?.replace(/^Basic /, '')
      const [basicId, basicSecret] = basic ? Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent) : []
      const clientId = basicId ?? form.get('client_id')
      const clientSecret = basicSecret ?? form.get('client_secret')
      if (clientId !== OIDC_STUB.clientId || clientSecret !== OIDC_STUB.clientSecret)
        return json(response, 401, { error: 'invalid_client' })
      const pending = codes.get(form.get('code') ?? '')
      codes.delete(form.get('code') ?? '')
      if (!pending) return json(response, 400, { error: 'invalid_grant' })
      const verifier = form.get('code_verifier') ?? ''
      if (pending.codeChallenge && createHash('sha256').update(verifier).digest('base64url') !== pending.codeChallenge) {
        return json(response, 400, { error: 'invalid_grant', error_description: 'PKCE verification failed' })
      }
      const idToken = await new SignJWT({
        email: pending.email,
        email_verified: true,
        name: pending.email,
        ...(pending.nonce ? { nonce: pending.nonce } : {}),
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'stub-key' })
        .setIssuer(issuer)
        .setSubject(`stub|${pending.email}`)
        .setAudience(OIDC_STUB.clientId)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey)
      return json(response, 200, { access_token: `access-${pending.email}`, token_type: 'Bearer', expires_in: 300, id_token: idToken })
    }
    if (url.pathname === '/userinfo') {
      const email = request.headers.authorization?.replace(/^Bearer access-/, '') ?? ''
      return json(response, 200, { sub: `stub|${email}`, email, email_verified: true, name: email })
    }
    json(response, 404, { error: 'not_found' })
  })
  server.listen(OIDC_STUB.port, '127.0.0.1')
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
}

if (process.argv[1]?.endsWith('oidc-stub-issuer.ts')) void main()
