/**
 * The one map from a thrown error to its status. The database's refusals of
 * what a client sent are the client's fault (4xx); anything else is a bug
 * (500, logged). And every API route goes through it: a route handler file
 * that answers without withPublicApi or withApiViewer fails here.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it, vi } from 'vitest'

import { AppError, errorResponse, INTERNAL_ERROR_MESSAGE, RETRY_AFTER_SECONDS, toAppError, UNAVAILABLE_DIGEST } from './errors'

// As @prisma/adapter-pg throws them: bare, and wrapped by Prisma's raw-query error (P2010).
const driverError = (sqlState: string) =>
  Object.assign(new Error('driver'), { name: 'DriverAdapterError', cause: { kind: 'postgres', originalCode: sqlState } })
const rawQueryError = (sqlState: string) =>
  Object.assign(new Error('raw'), { code: 'P2010', meta: { driverAdapterError: { cause: { originalCode: sqlState } } } })

describe('toAppError and errorResponse', () => {
  it('keeps an AppError as it is', () => {
    const error = new AppError('stale', 'Reload.')
    expect(toAppError(error)).toBe(error)
  })

  it('maps the database refusing client input to 4xx, however Prisma wraps it', async () => {
    const cases: [unknown, number][] = [
      [driverError('22021'), 422], // a NUL byte in text
      [rawQueryError('22021'), 422],
      [driverError('22008'), 422], // a date out of range
      [driverError('22P02'), 422], // text that is not of the column's type
      [driverError('23505'), 409], // a unique violation
      [driverError('40001'), 409], // a serialization failure
      [Object.assign(new Error('gone'), { code: 'P2025' }), 404],
      [Object.assign(new Error('too long'), { code: 'P2000' }), 422],
      [Object.assign(new Error('dup'), { code: 'P2002' }), 409],
    ]
    for (const [error, status] of cases) {
      const response = errorResponse(error)
      expect(response.status).toBe(status)
      expect((await response.json()).error).toEqual(expect.any(String))
    }
  })

  it('maps the database being down, unreachable or out of connections to 503 with Retry-After, never 500', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const cases: unknown[] = [
      new Error('timeout exceeded when trying to connect'), // pg's pool: no connection free within its wait
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect', errno: -111 }),
      Object.assign(new Error("Can't reach database server"), { code: 'P1001' }),
      Object.assign(new Error('Server has closed the connection.'), { code: 'P1017' }),
      Object.assign(new Error('raw'), { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable' } } } }),
      driverError('57P01'), // terminating connection due to administrator command
      rawQueryError('57P01'),
      driverError('08006'), // connection failure
      driverError('53300'), // too many connections
      new AppError('unavailable', 'Later.'),
    ]
    for (const error of cases) {
      expect(toAppError(error)?.code).toBe('unavailable')
      const response = errorResponse(error)
      expect(response.status).toBe(503)
      expect(response.headers.get('Retry-After')).toBe(String(RETRY_AFTER_SECONDS))
    }
    // The page's error boundary learns it from the digest Next.js keeps.
    expect(toAppError(cases[0])?.digest).toBe(UNAVAILABLE_DIGEST)
    logged.mockRestore()
  })

  it('treats anything else as a bug: logged, 500, no detail', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    for (const error of [new TypeError('x is undefined'), driverError('42P01'), rawQueryError('22012'), 'a string', null]) {
      expect(toAppError(error)).toBeNull()
      const response = errorResponse(error)
      expect(response.status).toBe(500)
      expect(await response.json()).toEqual({ error: INTERNAL_ERROR_MESSAGE })
    }
    expect(logged).toHaveBeenCalledTimes(5)
    logged.mockRestore()
  })
})

function routeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return routeFiles(full)
    return entry.name === 'route.ts' ? [full] : []
  })
}

describe('API routes', () => {
  const files = routeFiles(path.join(import.meta.dirname, '..', 'app', 'api'))

  it('are found', () => {
    expect(files.length).toBeGreaterThanOrEqual(9)
  })

  for (const file of files) {
    it(`${path.relative(path.join(import.meta.dirname, '..'), file)} answers through withPublicApi or withApiViewer (or a helper that does)`, () => {
      const source = readFileSync(file, 'utf8')
      const handlers = [...source.matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)]
      expect(handlers.length).toBeGreaterThan(0)
      // Every handler's body hands its work to the wrapper (draftsAndSharesResponse wraps withApiViewer).
      const wrappers = source.match(/\b(withPublicApi|withApiViewer|draftsAndSharesResponse)\(/g) ?? []
      expect(wrappers.length).toBeGreaterThanOrEqual(handlers.length)
    })
  }
})
