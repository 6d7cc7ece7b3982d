/**
 * The app must notice a database outage and recover from it without a
 * restart: one client, a server that stops and starts again.
 */
import { rmSync } from 'node:fs'

import { afterAll, describe, expect, it } from 'vitest'

import { createDb } from '@/lib/db'
import { createDataFolder, findFreePort } from '@/lib/testing/app-process'

import { ensureDatabase } from './connection'
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres'
import { checkHealth } from './health'
import { applyMigrations } from './migrate'

describe('health through a database outage', () => {
  const { parent, dataDir } = createDataFolder('gfmd-outage-')
  let server: EmbeddedServer | undefined

  afterAll(async () => {
    await server?.stop()
    rmSync(parent, { recursive: true, force: true })
  })

  it('reports 503-worthy health while the server is down and ok once it is back', async () => {
    const port = await findFreePort()
    server = await startEmbeddedPostgres({ dataDir, port })
    const url = server.urlFor('gfmd')
    await ensureDatabase(url)
    await applyMigrations(url)
    const db = createDb(url)
    try {
      expect((await checkHealth(db)).status).toBe('ok')

      await server.stop()
      expect(await checkHealth(db)).toMatchObject({ status: 'unavailable', database: 'unreachable' })

      server = await startEmbeddedPostgres({ dataDir, port })
      expect((await checkHealth(db)).status).toBe('ok')
    } finally {
      await db.$disconnect()
    }
  }, 120_000)
})
