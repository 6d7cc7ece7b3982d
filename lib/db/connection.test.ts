import { describe, expect, it } from 'vitest'

import { DatabaseUnreachableError, describeDatabaseUrl, ensureDatabase, withDatabase } from './connection'

describe('database URLs', () => {
  it('describes where a URL points, with the defaults Postgres uses', () => {
    expect(describeDatabaseUrl('postgresql://app:secret@db.example.org:6543/gcm')).toEqual({
      host: 'db.example.org',
      port: 6543,
      database: 'gcm',
      user: 'app',
    })
    expect(describeDatabaseUrl('postgres://localhost')).toEqual({ host: 'localhost', port: 5432, database: 'postgres', user: 'postgres' })
  })

  it('points a URL at another database on the same server, keeping its options', () => {
    expect(withDatabase('postgresql://u:p@h:1/a?sslmode=require', 'b')).toBe('postgresql://u:p@h:1/b?sslmode=require')
  })
})

describe('ensureDatabase', () => {
  it('fails fast with one paragraph naming host and port when nothing listens', async () => {
    const started = Date.now()
    const error = await ensureDatabase('postgresql://nobody@127.0.0.1:1/x').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DatabaseUnreachableError)
    expect((error as Error).message).toMatch(/^Cannot reach the PostgreSQL server at 127\.0\.0\.1:1 /)
    expect((error as Error).message).not.toContain('\n')
    expect(Date.now() - started).toBeLessThan(15_000)
  })
})
