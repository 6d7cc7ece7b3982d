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
