/**
 * Which database a command uses: DATABASE_URL when set, otherwise the embedded
 * server (started here, or reused when another process already runs it).
 */
import type { Env } from '@/lib/env'
import { describeDatabaseUrl, ensureDatabase, withDatabase } from '@/lib/db/connection'
import { startEmbeddedPostgres, type EmbeddedServer } from '@/lib/db/embedded-postgres'

export const EMBEDDED_DATABASE = 'gfmd'

export type ResolvedDatabase = {
  url: string
  embedded: EmbeddedServer | null
  /** Stops the embedded server if this process started it. */
  release(): Promise<void>
}

export async function resolveDatabase(
  env: Env,
  options: { database?: string; log?: (message: string) => void; embeddedSettings?: string[] } = {},
): Promise<ResolvedDatabase> {
  const log = options.log ?? (() => {})
  const ensure = async (url: string) => {
    if ((await ensureDatabase(url)) === 'created') log(`Created the database ${describeForHumans(url)}.`)
  }
  if (env.DATABASE_URL) {
    const url = options.database ? withDatabase(env.DATABASE_URL, options.database) : env.DATABASE_URL
    await ensure(url)
    return { url, embedded: null, release: async () => {} }
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: env.EMBEDDED_POSTGRES_DIR,
    port: env.EMBEDDED_POSTGRES_PORT,
    log,
    settings: options.embeddedSettings,
  })
  const url = embedded.urlFor(options.database ?? EMBEDDED_DATABASE)
  try {
    await ensure(url)
  } catch (error) {
    if (embedded.startedHere) await embedded.stop()
    throw error
  }
  return { url, embedded, release: () => (embedded.startedHere ? embedded.stop() : Promise.resolve()) }
}

export function describeForHumans(url: string): string {
  const { host, port, database } = describeDatabaseUrl(url)
  return `${database} at ${host}:${port}`
}
