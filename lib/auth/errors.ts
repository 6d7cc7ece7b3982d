/** Errors the domain raises for people to read; mapped to HTTP status and form messages in one place each. */

export class AuthorizationError extends Error {
  constructor(
    public readonly status: 401 | 403,
    message: string,
  ) {
    super(message)
    this.name = 'AuthorizationError'
  }
}

/** A failure the user can act on, shown above the form (and next to fields when given). */
export class FormError extends Error {
  constructor(
    message: string,
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message)
    this.name = 'FormError'
  }
}
