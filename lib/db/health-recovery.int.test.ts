/**
 * The app must notice a database outage and recover from it without a
 * restart: one client, a server that stops and starts again.
 */
import { afterAll, describe, expect, it } from 'vitest'

import { createDb } from '@/lib/db'
import { startThrowawayPostgres, type ThrowawayPostgres } from '@/lib/testing/throwaway-postgres'

import { checkHealth } from './health'

describe('health through a database outage', () => {
  let postgres: ThrowawayPostgres | undefined

  afterAll(async () => {
    await postgres?.remove()
  })

  it('reports 503-worthy health while the server is down and ok once it is back', async () => {
    postgres = await startThrowawayPostgres()
    const db = createDb(postgres.url)
    try {
      expect((await checkHealth(db)).status).toBe('ok')

      await postgres.stop()
      expect(await checkHealth(db)).toMatchObject({ status: 'unavailable', database: 'unreachable' })

      await postgres.start()
      expect((await checkHealth(db)).status).toBe('ok')
    } finally {
      await db.$disconnect()
    }
  }, 120_000)
})
