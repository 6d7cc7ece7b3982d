import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { readEnv } from '@/lib/env'

import { assertPublicUrl, MissingPublicUrlError, MissingSecretError, resolveAuthSecret } from './auth-secret'

const dataRoots: string[] = []
function newDataRoot(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gfmd-secret-'))
  dataRoots.push(dir)
  return dir
}
afterAll(() => dataRoots.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('resolveAuthSecret', () => {
  it('uses AUTH_SECRET when set', () => {
    const secret = 'x'.repeat(40)
    expect(resolveAuthSecret(readEnv({ AUTH_SECRET: secret }), newDataRoot())).toBe(secret)
  })

  it('generates a secret once for the local default and keeps it private', () => {
    const dataRoot = newDataRoot()
    const first = resolveAuthSecret(readEnv({}), dataRoot)
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect(resolveAuthSecret(readEnv({}), dataRoot)).toBe(first)
    expect(readFileSync(path.join(dataRoot, 'auth-secret'), 'utf8').trim()).toBe(first)
    expect(statSync(path.join(dataRoot, 'auth-secret')).mode & 0o077).toBe(0)
  })

  it('refuses a production start without one', () => {
    const env = readEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://db/app' })
    expect(() => resolveAuthSecret(env, newDataRoot())).toThrow(MissingSecretError)
  })
})

describe('assertPublicUrl', () => {
  const production = { NODE_ENV: 'production', DATABASE_URL: 'postgresql://db/app', AUTH_SECRET: 'x'.repeat(40) }

  it('refuses a production start that does not know its public URL', () => {
    expect(() => assertPublicUrl(readEnv(production))).toThrow(MissingPublicUrlError)
  })

  it('accepts AUTH_URL, an explicit AUTH_TRUST_HOST, or a local start', () => {
    expect(() => assertPublicUrl(readEnv({ ...production, AUTH_URL: 'https://gcm.example.org' }))).not.toThrow()
    expect(() => assertPublicUrl(readEnv({ ...production, AUTH_TRUST_HOST: 'true' }))).not.toThrow()
    expect(() => assertPublicUrl(readEnv({}))).not.toThrow()
  })
})
