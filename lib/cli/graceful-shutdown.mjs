/**
 * Preloaded into the production server (`node --import`, see next-server.ts).
 * On SIGTERM or SIGINT the server stops accepting connections, lets the
 * requests in flight finish for up to SHUTDOWN_TIMEOUT_SECONDS (npm start sets
 * it from the environment, default 10), closes the database pool and exits.
 * Next's own handler, turned off here by NEXT_MANUAL_SIG_HANDLE, waits for the
 * requests without a limit and leaves the pool's connections to be cut.
 */
import http from 'node:http'

process.env.NEXT_MANUAL_SIG_HANDLE = 'true'

const DEFAULT_TIMEOUT_SECONDS = 10
const POOL_CLOSE_TIMEOUT_MS = 3_000
const servers = new Set()

const listen = http.Server.prototype.listen
http.Server.prototype.listen = function (...args) {
  servers.add(this)
  return listen.apply(this, args)
}

const log = (message) => console.log(`• ${message}`)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref())

/** Resolves true when every connection of every server has ended, false when the time ran out first. */
async function finishRequestsInFlight(timeoutMs) {
  const closed = Promise.all([...servers].map((server) => new Promise((resolve) => server.close(() => resolve()))))
  // A kept-alive connection goes idle once its response is sent; close it then, not at its keep-alive timeout.
  const closeIdle = setInterval(() => servers.forEach((server) => server.closeIdleConnections()), 100)
  const isDrained = await Promise.race([closed.then(() => true), sleep(timeoutMs).then(() => false)])
  clearInterval(closeIdle)
  if (!isDrained) servers.forEach((server) => server.closeAllConnections())
  return isDrained
}

async function closeDatabasePool() {
  // The app's one PrismaClient (lib/db/index.ts); absent when no request reached the database.
  const db = globalThis.gfmdDb
  if (!db) return
  const closed = await Promise.race([db.$disconnect().then(() => true), sleep(POOL_CLOSE_TIMEOUT_MS).then(() => false)])
  log(closed ? 'Closed the database pool.' : `The database pool did not close within ${POOL_CLOSE_TIMEOUT_MS / 1000} s; exiting anyway.`)
}

let isShuttingDown = false

async function shutDown(signal) {
  if (isShuttingDown) return
  isShuttingDown = true
  const seconds = Number(process.env.SHUTDOWN_TIMEOUT_SECONDS ?? DEFAULT_TIMEOUT_SECONDS)
  log(`${signal}: the app takes no new requests and finishes those in flight (up to ${seconds} s) …`)
  const isDrained = await finishRequestsInFlight(seconds * 1000)
  if (!isDrained) log(`Requests still open after ${seconds} s were cut off.`)
  try {
    await closeDatabasePool()
  } catch (error) {
    console.error('Closing the database pool failed:', error instanceof Error ? error.message : error)
  }
  process.exit(signal === 'SIGINT' ? 130 : 143)
}

process.on('SIGTERM', () => void shutDown('SIGTERM'))
process.on('SIGINT', () => void shutDown('SIGINT'))
