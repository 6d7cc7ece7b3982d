/** Signing in over HTTP as the sign-in form does (Auth.js's credentials endpoint), for the benchmark's load. */
function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!)
}

/** The session cookie (`name=value`) of a signed-in user. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiePairs(csrf).join('; ') },
    body: new URLSearchParams({ email, password, csrfToken }),
  })
  const session = cookiePairs(response).find((cookie) => cookie.includes('session-token='))
  // A refused sign-in is a redirect back to the sign-in page.
  if (response.status !== 302 || !session || (response.headers.get('location') ?? '').includes('/sign-in')) {
    throw new Error(`${email} could not sign in (${response.status} ${response.headers.get('location') ?? ''}).`)
  }
  return session
}

/** Session cookies for each email, one sign-in at a time: a sign-in hashes a password, and a burst of them on a busy machine times out. */
export async function signInEach(baseUrl: string, emails: string[], password: string): Promise<string[]> {
  const cookies: string[] = []
  for (const email of emails) cookies.push(await signIn(baseUrl, email, password))
  return cookies
}
