/**
 * The environment, read and validated once. Every variable is explained in
 * .env.example. The CLI (npm start) validates at start; the app on first use.
 */
import { z } from 'zod'

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), 'must be a postgresql:// URL')

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: postgresUrl.optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (openssl rand -base64 32)').optional(),
  AUTH_URL: z.url().optional(),
  AUTH_TRUST_HOST: z.enum(['true', 'false']).optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().max(60).optional(),
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\/.+/.test(value), 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().default('GCM Stocktaking Workspace <no-reply@localhost>'),
  /** Proxies in front of the app that append to X-Forwarded-For (Next's own server counts as one). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  /** Connections each app instance keeps at most; the instances together must stay under the server's max_connections (README, Deploying). */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  /** How long a query waits for a free connection, or for a new one, before the request is answered 503: shorter than a request's own deadline. */
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  EMBEDDED_POSTGRES_DIR: z.string().default('.data/postgres'),
  /** With the demo accounts (local default only), a few inputs of their delegations; `off` for an empty workspace (the e2e run). */
  DEMO_INPUTS: z.enum(['on', 'off']).default('on'),
  /** On SIGTERM, how long the app lets requests in flight finish (lib/cli/graceful-shutdown.mjs). */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(0).max(600).default(10),
})

export type Env = z.infer<typeof envSchema>

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `The environment is not valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nSee .env.example for what each variable means.`,
    )
    this.name = 'EnvError'
  }
}

/** Empty strings count as unset, as shells and .env files often leave them. */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((entry): entry is [string, string] => Boolean(entry[1])))
}

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(withoutEmpty(source))
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`))
  }
  return result.data
}

let cached: Env | undefined
export function getEnv(): Env {
  cached ??= readEnv()
  return cached
}

/**
 * A production start uses a database of its own (DATABASE_URL) and must not
 * invent secrets or demo accounts.
 */
export function isProductionStart(env: Env): boolean {
  return env.NODE_ENV === 'production' && Boolean(env.DATABASE_URL)
}

/** The database URL the running app must have; npm start always sets it. */
export function requireDatabaseUrl(env: Env = getEnv()): string {
  if (!env.DATABASE_URL) {
    throw new EnvError([
      'DATABASE_URL: not set. Start the app with `npm start`, which starts the embedded database and sets it, or set it yourself.',
    ])
  }
  return env.DATABASE_URL
}
