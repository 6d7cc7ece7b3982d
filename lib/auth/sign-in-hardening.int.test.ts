/** Sign-in against the attacks a public form meets: parallel guessing, and identity claims nobody vouched for. */
import { beforeAll, describe, expect, it } from 'vitest'

import { createUser, ensureDelegations } from '@/lib/testing/factories'
import { useTestDb } from '@/lib/testing/db'

import { authenticate } from './authenticate'
import { resolveOidcSignIn } from './oidc'
import { SIGN_IN_THROTTLE } from './throttle'

describe('sign-in hardening', () => {
  const db = useTestDb()

  beforeAll(async () => {
    await ensureDelegations(db)
  })

  it('parallel wrong guesses on one account are counted one by one: no more than the limit get checked', async () => {
    const user = await createUser(db, 'secretariat_reviewer')
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) => authenticate(db, { email: user.email, password: `guess-${index}`, ip: `192.0.2.${index}` })),
    )
    const checked = results.filter((result) => !result.ok && result.reason === 'invalid')
    expect(checked).toHaveLength(SIGN_IN_THROTTLE.maxFailuresPerAccount)
    expect(results.filter((result) => !result.ok && result.reason === 'throttled')).toHaveLength(
      20 - SIGN_IN_THROTTLE.maxFailuresPerAccount,
    )
  })

  it('an organisation sign-in needs an email the provider marks as verified', async () => {
    const user = await createUser(db, 'secretariat_reviewer')
    expect(await resolveOidcSignIn(db, { email: user.email, email_verified: true })).toMatchObject({ userId: user.id })
    expect(await resolveOidcSignIn(db, { email: user.email })).toBeNull()
    expect(await resolveOidcSignIn(db, { email: user.email, email_verified: 'true' })).toBeNull()
    expect(await resolveOidcSignIn(db, { email: 'nobody@elsewhere.example', email_verified: true })).toBeNull()
  })
})
