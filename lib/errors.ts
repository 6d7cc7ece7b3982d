/**
 * The domain's one error: a code saying what kind of failure it is, and a
 * message a person can act on. The domain throws codes; the form layer
 * (`formAction`) and the API layer (`withApiViewer`) each translate them once,
 * so no caller maps errors of its own. Anything else that is thrown is a bug:
 * it is logged, and the person is told nothing was saved.
 */

export type ErrorCode = 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'stale' | 'invalid'

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    /** Messages for single fields, shown beside them. */
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message)
    this.name = 'AppError'
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
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code)
}
