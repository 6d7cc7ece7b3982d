/**
 * AUTH_SECRET signs session cookies. For the local default it is generated once
 * and kept in the git-ignored data folder; a production start must bring its own.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { isProductionStart, type Env } from '@/lib/env'

export class MissingSecretError extends Error {
  constructor() {
    super(
      'AUTH_SECRET is not set. A production start (NODE_ENV=production with DATABASE_URL) refuses to run without it, ' +
        'because sessions signed with a made-up secret would not survive a restart or work across instances. ' +
        'Generate one with `openssl rand -base64 32` and set it in the environment.',
    )
    this.name = 'MissingSecretError'
  }
}

export function resolveAuthSecret(env: Env, dataRoot = '.data'): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET
  if (isProductionStart(env)) throw new MissingSecretError()
  const file = path.join(dataRoot, 'auth-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('base64url')
  mkdirSync(dataRoot, { recursive: true })
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

export class MissingPublicUrlError extends Error {
  constructor() {
    super(
      'AUTH_URL is not set. A production start needs the public URL people reach the app at (e.g. AUTH_URL=https://gcm.example.org), ' +
        'so that sign-in accepts requests only for that address. Set AUTH_TRUST_HOST=true instead only if a proxy you control sets the Host header.',
    )
    this.name = 'MissingPublicUrlError'
  }
}

/** Auth.js refuses every sign-in when it cannot tell which host to trust: say so at start, not at the first sign-in. */
export function assertPublicUrl(env: Env): void {
  if (isProductionStart(env) && !env.AUTH_URL && env.AUTH_TRUST_HOST !== 'true') throw new MissingPublicUrlError()
}
