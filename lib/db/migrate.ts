/**
 * Applying migrations with Prisma's own `prisma migrate deploy`.
 */
import { describeDatabaseUrl } from './connection'
import { runPrismaCli, type PrismaCliFailure } from './prisma-cli'

export class MigrationError extends Error {
  constructor(
    url: string,
    public readonly output: string,
  ) {
    const { host, port, database } = describeDatabaseUrl(url)
    super(
      `Applying the database migrations to "${database}" at ${host}:${port} failed. Prisma said:\n\n${output.trim()}\n\n` +
        `Fix the cause above and start again. \`npx prisma migrate status\` (with DATABASE_URL set) shows which migration failed; ` +
        `one that failed half-way can be marked with \`npx prisma migrate resolve --rolled-back <name>\` once repaired.`,
    )
    this.name = 'MigrationError'
  }
}

// Prisma's banner lines say nothing about the failure.
const BANNER = /^(Loaded Prisma config|Prisma config detected|Prisma schema loaded|Datasource ").*\n?/gm

export async function applyMigrations(url: string): Promise<void> {
  try {
    await runPrismaCli(['migrate', 'deploy'], url)
  } catch (error) {
    const { stdout, stderr } = error as PrismaCliFailure
    throw new MigrationError(url, `${stdout}\n${stderr}`.replace(BANNER, ''))
  }
}
