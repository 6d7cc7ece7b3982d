/**
 * An embedded PostgreSQL of a test's own, in a temporary folder on a free
 * port, that the test can stop and start again: for outages.
 */
import { rmSync } from 'node:fs'

import { ensureDatabase } from '@/lib/db/connection'
import { startEmbeddedPostgres, type EmbeddedServer } from '@/lib/db/embedded-postgres'
import { applyMigrations } from '@/lib/db/migrate'

import { createDataFolder, findFreePort } from './app-process'

export type ThrowawayPostgres = {
  /** A migrated database on the server. */
  url: string
  stop(): Promise<void>
  start(): Promise<void>
  /** Stops the server and removes its folder. */
  remove(): Promise<void>
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const { parent, dataDir } = createDataFolder('gfmd-outage-')
  const port = await findFreePort()
  let server: EmbeddedServer | undefined = await startEmbeddedPostgres({ dataDir, port })
  const url = server.urlFor('gfmd')
  await ensureDatabase(url)
  await applyMigrations(url)
  return {
    url,
    async stop() {
      await server?.stop()
      server = undefined
    },
    async start() {
      server = await startEmbeddedPostgres({ dataDir, port })
    },
    async remove() {
      await server?.stop()
      rmSync(parent, { recursive: true, force: true })
    },
  }
}
