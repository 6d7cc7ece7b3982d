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

/** Applies pending migrations; returns Prisma's one-line account of what it did. */
export async function applyMigrations(url: string): Promise<string> {
  try {
    const output = await runPrismaCli(['migrate', 'deploy'], url)
    // Prisma lists each migration it applied as a folder: "└─ 20261127193006_init/".
    const applied = [...output.matchAll(/└─ (\d{14}_\w+)\//g)].map((match) => match[1])
    return applied.length > 0 ? `Applied ${applied.length} migration(s): ${applied.join(', ')}.` : 'No pending migrations.'
  } catch (error) {
    const { stdout, stderr } = error as PrismaCliFailure
    throw new MigrationError(url, `${stdout}\n${stderr}`.replace(BANNER, ''))
  }
}
