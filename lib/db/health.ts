/**
 * The service's health: the database answers and every migration this build
 * expects has been applied. Used by GET /api/health.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'

import type { Db } from './index'

/** The migrations this version of the app expects, by folder name. */
export function listMigrationNames(): string[] {
  return readdirSync(path.join(process.cwd(), 'prisma', 'migrations'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
}

export type Health =
  | { status: 'ok'; database: 'reachable'; migrations: { applied: number; expected: number } }
  | { status: 'unavailable'; database: 'unreachable' | 'reachable'; migrations?: { pending: string[] }; reason: string }

const HEALTH_TIMEOUT_MS = 4_000

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())
}

export async function checkHealth(db: Db, expectedMigrations: string[] = listMigrationNames()): Promise<Health> {
  let applied: string[]
  try {
    const rows = await Promise.race([
      db.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      timeout(HEALTH_TIMEOUT_MS),
    ])
    applied = rows.map((row) => row.migration_name)
  } catch (error) {
    // The endpoint is public: the detail goes to the server log, not the answer.
    console.error('Health check: database unreachable:', error instanceof Error ? error.message || error.name : error)
    return { status: 'unavailable', database: 'unreachable', reason: 'database unreachable' }
  }
  const pending = expectedMigrations.filter((name) => !applied.includes(name))
  if (pending.length > 0) {
    return { status: 'unavailable', database: 'reachable', migrations: { pending }, reason: 'migrations pending' }
  }
  return { status: 'ok', database: 'reachable', migrations: { applied: applied.length, expected: expectedMigrations.length } }
}
