/**
 * The domain's one error: a code saying what kind of failure it is, and a
 * message a person can act on. The domain throws codes; the form layer
 * (`formAction`) and the API layer (`withApiViewer`) each translate them once,
 * so no caller maps errors of its own, both through `toAppError`: the
 * database refusing what the client sent (a value it cannot store, a row that
 * is gone, a write that raced another) is the client's fault, a 4xx. Anything
 * else that is thrown is a bug: it is logged, and the person is told nothing
 * was saved.
 */

export type ErrorCode = 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'stale' | 'invalid' | 'unavailable'

/**
 * The digest Next.js keeps on an error a page throws (it makes one up only when there is none): the error page
 * then knows the database was unavailable, where it otherwise sees only a hash.
 */
export const UNAVAILABLE_DIGEST = 'gfmd-unavailable'

export class AppError extends Error {
  readonly digest?: string

  constructor(
    public readonly code: ErrorCode,
    message: string,
    /** Messages for single fields, shown beside them. */
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message)
    this.name = 'AppError'
    if (code === 'unavailable') this.digest = UNAVAILABLE_DIGEST
  }
}

/** A save refused because someone saved after the person started: it carries what they saved, to show both. */
export class ConflictError<Current = unknown> extends AppError {
  constructor(
    message: string,
    public readonly current: Current,
  ) {
    super('conflict', message)
    this.name = 'ConflictError'
  }
}

export const httpStatusOf: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale: 409,
  invalid: 422,
  unavailable: 503,
}

/** Seconds a client is asked to wait before trying again when the database is unavailable (the header Retry-After). */
export const RETRY_AFTER_SECONDS = 5

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code)
}

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side; nothing was saved. Please try again.'

const messages: Record<'invalid' | 'not_found' | 'conflict' | 'unavailable', string> = {
  invalid: 'The request holds a value that cannot be stored. Check what was entered and try again.',
  not_found: 'What the request names does not exist (any more). Reload the page.',
  conflict: 'Someone else changed this at the same moment. Reload the page and try again.',
  unavailable: 'The workspace is briefly unavailable; nothing was saved and your text is kept. Try again in a few seconds.',
}
export const unavailableMessage = messages.unavailable

// Postgres (SQLSTATE) and Prisma codes for input the database refuses: bad text (a NUL byte), a value of the wrong
// type or out of range, a missing row, a unique or serialization conflict. Our own queries never cause them alone.
const sqlStates: Record<string, keyof typeof messages> = {
  '22001': 'invalid',
  '22003': 'invalid',
  '22007': 'invalid',
  '22008': 'invalid',
  '22021': 'invalid',
  '22P02': 'invalid',
  '22P05': 'invalid',
  '23505': 'conflict',
  '40001': 'conflict',
  '40P01': 'conflict',
  // The server going away: too many connections, an administrator's or a crash shutdown, starting up.
  '53300': 'unavailable',
  '57P01': 'unavailable',
  '57P02': 'unavailable',
  '57P03': 'unavailable',
}
const prismaCodes: Record<string, keyof typeof messages> = {
  P2000: 'invalid',
  P2002: 'conflict',
  P2007: 'invalid',
  P2020: 'invalid',
  P2023: 'invalid',
  P2025: 'not_found',
  P2034: 'conflict',
  // The database cannot be reached, timed out, closed the connection, or has no connection to spare.
  P1001: 'unavailable',
  P1002: 'unavailable',
  P1008: 'unavailable',
  P1017: 'unavailable',
  P2024: 'unavailable',
  P2037: 'unavailable',
}

// What node-postgres throws itself, before Prisma wraps anything: its pool's wait for a connection running out,
// a connection lost, a socket refused or reset.
const unreachableMessages = [
  'timeout exceeded when trying to connect',
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'Client has encountered a connection error and is not queryable',
]
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'])
// The adapter's kinds for the same, when Prisma wraps them in a raw query's P2010.
const unreachableKinds = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'])

type MaybeDatabaseError = {
  code?: unknown
  message?: unknown
  cause?: { originalCode?: unknown; kind?: unknown }
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } }
}

/** The SQLSTATE behind an error from the pg driver adapter, bare or wrapped by Prisma (P2010). */
function sqlStateOf(error: MaybeDatabaseError): unknown {
  return error.cause?.originalCode ?? error.meta?.driverAdapterError?.cause?.originalCode
}

/** The database is down, unreachable, or has no connection free within the pool's wait: not the client's fault, nor a bug. */
function isDatabaseUnavailable(error: MaybeDatabaseError): boolean {
  if (typeof error.message === 'string' && unreachableMessages.some((message) => (error.message as string).includes(message))) return true
  if (typeof error.code === 'string' && socketCodes.has(error.code)) return true
  const kind = error.cause?.kind ?? error.meta?.driverAdapterError?.cause?.kind
  if (typeof kind === 'string' && unreachableKinds.has(kind)) return true
  // SQLSTATE class 08: connection exceptions.
  const sqlState = sqlStateOf(error) ?? error.code
  return typeof sqlState === 'string' && /^08[0-9A-Z]{3}$/.test(sqlState)
}

/** What a thrown error means to the client, or null for a bug. Duck-typed, so this module stays free of Prisma. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error
  if (typeof error !== 'object' || error === null) return null
  const candidate = error as MaybeDatabaseError
  const sqlState = sqlStateOf(candidate)
  const code =
    (typeof sqlState === 'string' ? sqlStates[sqlState] : undefined) ??
    (typeof candidate.code === 'string' && candidate.code !== 'P2010' ? prismaCodes[candidate.code] : undefined) ??
    (isDatabaseUnavailable(candidate) ? 'unavailable' : undefined)
  return code ? new AppError(code, messages[code]) : null
}

/** The one translation of a thrown error into an API answer: its status and a message; a bug is logged and is a 500. */
export function errorResponse(error: unknown): Response {
  const appError = toAppError(error)
  if (!appError) {
    console.error(error)
    return Response.json({ error: INTERNAL_ERROR_MESSAGE }, { status: 500 })
  }
  // Unavailable is the server's state, not the client's mistake: say when to come back, and log it, briefly.
  if (appError.code === 'unavailable') {
    if (!(error instanceof AppError)) console.error('Database unavailable:', error instanceof Error ? error.message : error)
    return Response.json({ error: appError.message }, { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } })
  }
  return Response.json({ error: appError.message }, { status: httpStatusOf[appError.code] })
}
