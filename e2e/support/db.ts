/**
 * Test data straight in the run's database, resolved as the e2e server and
 * the global teardown resolve it. Every record gets a unique email, so specs
 * run in parallel and in any order.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'

import { resolveDatabase, type ResolvedDatabase } from '@/lib/cli/database'
import { hashPassword } from '@/lib/auth/passwords'
import { createDb, type Db } from '@/lib/db'
import { readEnv } from '@/lib/env'
import type { Role } from '@/lib/generated/prisma/enums'

let connection: Promise<{ db: Db; database: ResolvedDatabase }> | undefined

async function getDb(): Promise<Db> {
  connection ??= resolveDatabase(readEnv(), { database: process.env.E2E_DATABASE }).then((database) => ({
    db: createDb(database.url),
    database,
  }))
  return (await connection).db
}

/** Call from test.afterAll in each spec that used the database. */
export async function closeDb(): Promise<void> {
  if (!connection) return
  const { db, database } = await connection
  connection = undefined
  await db.$disconnect()
  await database.release()
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}.${randomUUID().slice(0, 8)}@e2e.gfmd.test`
}

export type TestUser = { email: string; password: string; name: string }

export async function createUser(
  options: { role?: Role; delegationCode?: string | null; name?: string; password?: string } = {},
): Promise<TestUser> {
  const db = await getDb()
  const user = {
    email: uniqueEmail('user'),
    password: options.password ?? `e2e-${randomBytes(9).toString('base64url')}`,
    name: options.name ?? `Test User ${randomUUID().slice(0, 4)}`,
  }
  const delegationCode = options.delegationCode === undefined ? 'DEU' : options.delegationCode
  const delegation = delegationCode ? await db.delegation.findUniqueOrThrow({ where: { code: delegationCode } }) : null
  await db.user.create({
    data: {
      email: user.email,
      name: user.name,
      role: options.role ?? 'delegate',
      delegationId: delegation?.id ?? null,
      passwordHash: await hashPassword(user.password),
    },
  })
  return user
}

export type InvitationState = 'valid' | 'used' | 'expired' | 'revoked'

/** An invitation with a known token (only its sha256 is stored, as the app stores it). */
export async function createInvitation(
  options: { state?: InvitationState; role?: Role; delegationCode?: string | null; name?: string } = {},
): Promise<{ token: string; email: string; name: string }> {
  const db = await getDb()
  const token = randomBytes(32).toString('base64url')
  const now = Date.now()
  const day = 24 * 60 * 60 * 1000
  const state = options.state ?? 'valid'
  const delegationCode = options.delegationCode === undefined ? 'DEU' : options.delegationCode
  const delegation = delegationCode ? await db.delegation.findUniqueOrThrow({ where: { code: delegationCode } }) : null
  // An inviter of its own, so no spec depends on (or changes) the demo accounts.
  const inviter = await createUser({ role: 'administrator', delegationCode: null })
  const invitedBy = await db.user.findUniqueOrThrow({ where: { email: inviter.email }, select: { id: true } })
  const invitation = { email: uniqueEmail('invitee'), name: options.name ?? `Invited Person ${randomUUID().slice(0, 4)}` }
  await db.invitation.create({
    data: {
      tokenHash: createHash('sha256').update(token).digest('hex'),
      ...invitation,
      role: options.role ?? 'delegate',
      delegationId: delegation?.id ?? null,
      invitedById: invitedBy.id,
      createdAt: new Date(now - (state === 'expired' ? 8 * day : day)),
      expiresAt: new Date(now + (state === 'expired' ? -day : 6 * day)),
      acceptedAt: state === 'used' ? new Date(now - 60_000) : null,
      revokedAt: state === 'revoked' ? new Date(now - 60_000) : null,
    },
  })
  return { token, ...invitation }
}
