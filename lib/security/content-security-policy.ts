/**
 * The Content Security Policy of every page: scripts only from this origin or
 * carrying the request's nonce (no unsafe-inline scripts), no framing, no
 * plugins, forms posting only here (and to the OpenID Connect issuer, where
 * sign-in redirects the browser).
 */
export function contentSecurityPolicy(nonce: string, options: { isDevelopment: boolean; formTargets?: string[] }): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // 'strict-dynamic': scripts the nonce-carrying scripts load are trusted too (Next's chunks).
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.isDevelopment ? ["'unsafe-eval'"] : [])],
    // React and next/font set style attributes; styles cannot run code.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(options.isDevelopment ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'", ...(options.formTargets ?? [])],
    'frame-ancestors': ["'none'"],
  }
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ')
}

/** Origins a sign-in form may lead to: the OpenID Connect issuer when one is configured. */
export function signInFormTargets(oidcIssuer: string | undefined): string[] {
  if (!oidcIssuer) return []
  try {
    return [new URL(oidcIssuer).origin]
  } catch {
    return []
  }
}
