/**
 * `npm start` (production server) and `npm run dev` (dev server): starts or
 * reuses the database, applies migrations, seeds, builds when the build is
 * missing or stale, serves the app and prints its URL. Ctrl-C stops the app,
 * then the embedded database, leaving no process behind: the app first
 * finishes the requests in flight and closes its pool (graceful-shutdown.mjs).
 */
import type { ChildProcess } from 'node:child_process'
import { parseArgs } from 'node:util'

import { applyMigrations } from '@/lib/db/migrate'
import { getEnv, isProductionStart } from '@/lib/env'
import { loadDotEnvFiles } from './dotenv'
import { seedDatabase } from '@/prisma/seed'

import { assertPublicUrl, resolveAuthSecret } from './auth-secret'
import { describeForHumans, resolveDatabase } from './database'
import { buildIfStale, runNext, waitForExit, waitUntilServing } from './next-server'
import { log, printFailure } from './run'

const { values: options } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    // Another database on the same server: the end-to-end tests use their own.
    database: { type: 'string' },
  },
})
const isDev = options.dev

async function main(): Promise<void> {
  loadDotEnvFiles()
  const env = getEnv()
  const authSecret = resolveAuthSecret(env)
  assertPublicUrl(env)

  const database = await resolveDatabase(env, { database: options.database, log })
  let server: ChildProcess | undefined
  let stopping = false

  const stop = async (exitCode: number) => {
    if (stopping) return
    stopping = true
    // An app server killed by a signal has a signalCode and no exitCode: it is gone too.
    if (server?.pid && server.exitCode === null && server.signalCode === null) {
      log('Stopping the app …')
      try {
        process.kill(-server.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
      // The app drains its requests for SHUTDOWN_TIMEOUT_SECONDS, then closes its pool: kill it only if it overruns that.
      const killTimer = setTimeout(
        () => {
          try {
            if (server?.pid) process.kill(-server.pid, 'SIGKILL')
          } catch {
            // Gone in the meantime.
          }
        },
        (env.SHUTDOWN_TIMEOUT_SECONDS + 5) * 1000,
      )
      await waitForExit(server)
      clearTimeout(killTimer)
    }
    if (database.embedded?.startedHere) log('Stopping the embedded PostgreSQL …')
    await database.release()
    process.exit(exitCode)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  process.on('SIGHUP', () => void stop(0))
  // A SIGTERM to `npm start` stops npm and the shell it ran this in, and never reaches here:
  // a new parent means that whoever started the app is gone, so stop as on SIGTERM.
  const parentPid = process.ppid
  setInterval(() => process.ppid !== parentPid && void stop(0), 500).unref()

  try {
    log(`Database: ${describeForHumans(database.url)}${database.embedded ? ' (embedded)' : ''}`)
    log(await applyMigrations(database.url))
    await seedDatabase(database.url, { withDemoAccounts: !isProductionStart(env), withDemoInputs: env.DEMO_INPUTS === 'on', log })

    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret,
      // Local default: Auth.js trusts the Host header; production sets AUTH_URL.
      AUTH_TRUST_HOST: env.AUTH_TRUST_HOST ?? (isProductionStart(env) ? undefined : 'true'),
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(env.PORT),
      SHUTDOWN_TIMEOUT_SECONDS: String(env.SHUTDOWN_TIMEOUT_SECONDS),
    }
    if (!isDev) await buildIfStale({ ...childEnv, NODE_ENV: 'production' })

    server = runNext([isDev ? 'dev' : 'start', '--port', String(env.PORT)], childEnv, true)
    server.once('exit', (code) => {
      if (!stopping) {
        printFailure(new Error(`The app server stopped unexpectedly (exit code ${code ?? 'none'}).`))
        void stop(code || 1)
      }
    })
    const url = `http://localhost:${env.PORT}`
    if (await waitUntilServing(url, server)) {
      console.log(`\n  GCM Stocktaking Workspace is ready at ${url}\n  Press Ctrl-C to stop.\n`)
    }
  } catch (error) {
    printFailure(error)
    await stop(1)
  }
}

main().catch((error: unknown) => {
  printFailure(error)
  process.exit(1)
})
