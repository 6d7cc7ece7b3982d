/** Sign-in against the attacks a public form meets: parallel guessing, and identity claims nobody vouched for. */
import { beforeAll, describe, expect, it } from 'vitest'

import { createDelegation, createUser, ensureDelegations } from '@/lib/testing/factories'
import { useTestDb } from '@/lib/testing/db'

import { authenticate } from './authenticate'
import { resolveOidcSignIn } from './oidc'
import { SIGN_IN_THROTTLE } from './throttle'

describe('sign-in hardening', () => {
  const db = useTestDb()

  beforeAll(async () => {
    await ensureDelegations(db)
  })

  it('parallel wrong guesses on one account from one source are counted one by one: no more than the limit get checked', async () => {
    const user = await createUser(db, 'secretariat_reviewer')
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}-${user.id}`
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) => authenticate(db, { email: user.email, password: `guess-${index}`, ip })),
    )
    const checked = results.filter((result) => !result.ok && result.reason === 'invalid')
    expect(checked).toHaveLength(SIGN_IN_THROTTLE.maxFailuresPerAccountAndIp)
    expect(results.filter((result) => !result.ok && result.reason === 'throttled')).toHaveLength(
      20 - SIGN_IN_THROTTLE.maxFailuresPerAccountAndIp,
    )
  })

  it('20 parallel wrong guesses from source A do not stop the owner signing in from source B', async () => {
    const user = await createUser(db, 'focal_point', { delegationCode: (await createDelegation(db)).code })
    const attacker = `198.51.100.7-${user.id}`
    await Promise.all(
      Array.from({ length: 20 }, (_, index) => authenticate(db, { email: user.email, password: `guess-${index}`, ip: attacker })),
    )
    expect(await authenticate(db, { email: user.email, password: user.password, ip: `203.0.113.9-${user.id}` })).toMatchObject({
      ok: true,
      userId: user.id,
    })
    expect(await authenticate(db, { email: user.email, password: user.password, ip: attacker })).toEqual({ ok: false, reason: 'throttled' })
  })

  it('an email with a NUL byte, as Auth.js’s own endpoint may pass it, is a wrong sign-in, not a database error', async () => {
    expect(await authenticate(db, { email: 'someone\u0000@test.gfmd', password: 'x', ip: '192.0.2.1' })).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })

  it('an organisation sign-in needs an email the provider marks as verified', async () => {
    const user = await createUser(db, 'secretariat_reviewer')
    expect(await resolveOidcSignIn(db, { email: user.email, email_verified: true })).toMatchObject({ userId: user.id })
    expect(await resolveOidcSignIn(db, { email: user.email })).toBeNull()
    expect(await resolveOidcSignIn(db, { email: user.email, email_verified: 'true' })).toBeNull()
    expect(await resolveOidcSignIn(db, { email: 'nobody@elsewhere.example', email_verified: true })).toBeNull()
  })
})
