import { describe, expect, it } from 'vitest'

import { EnvError, isProductionStart, readEnv } from './env'

describe('readEnv', () => {
  it('gives the local defaults when nothing is set', () => {
    expect(readEnv({})).toEqual({
      NODE_ENV: 'development',
      PORT: 3000,
      DATABASE_POOL_MAX: 10,
      DATABASE_POOL_TIMEOUT_MS: 3_000,
      EMBEDDED_POSTGRES_PORT: 54329,
      EMBEDDED_POSTGRES_DIR: '.data/postgres',
      MAIL_FROM: 'GCM Stocktaking Workspace <no-reply@localhost>',
      TRUSTED_PROXY_HOPS: 1,
      DEMO_INPUTS: 'on',
      SHUTDOWN_TIMEOUT_SECONDS: 10,
    })
  })

  it('treats empty variables as unset', () => {
    expect(readEnv({ DATABASE_URL: '', PORT: '' }).DATABASE_URL).toBeUndefined()
  })

  it('names every invalid variable at once', () => {
    const read = () => readEnv({ DATABASE_URL: 'mysql://x', PORT: 'eighty', AUTH_SECRET: 'short' })
    expect(read).toThrow(EnvError)
    try {
      read()
    } catch (error) {
      expect((error as EnvError).problems.map((problem) => problem.split(':')[0])).toEqual(['DATABASE_URL', 'PORT', 'AUTH_SECRET'])
      expect((error as Error).message).toContain('.env.example')
    }
  })
})

describe('isProductionStart', () => {
  it('needs both NODE_ENV=production and a database of its own', () => {
    expect(isProductionStart(readEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://db/app' }))).toBe(true)
    expect(isProductionStart(readEnv({ NODE_ENV: 'production' }))).toBe(false)
    expect(isProductionStart(readEnv({ DATABASE_URL: 'postgresql://db/app' }))).toBe(false)
  })
})
