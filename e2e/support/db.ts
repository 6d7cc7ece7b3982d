/**
 * The run's database, resolved as the e2e server and the global teardown
 * resolve it, over one connection per worker: test data written straight
 * into it (every record gets a unique email, so specs run in parallel and in
 * any order), and what a page cannot show read back from it.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'

import { resolveDatabase, type ResolvedDatabase } from '@/lib/cli/database'
import { hashPassword } from '@/lib/auth/passwords'
import { SIGN_IN_THROTTLE } from '@/lib/auth/throttle'
import { createDb, type Db } from '@/lib/db'
import { readEnv } from '@/lib/env'
import type { ImplementationState, Role, Stance, Visibility } from '@/lib/generated/prisma/enums'

let connection: Promise<{ db: Db; database: ResolvedDatabase }> | undefined

/** The worker's connection, for helpers in other files of e2e/support. */
export const connectDb = () => getDb()

async function getDb(): Promise<Db> {
  connection ??= resolveDatabase(readEnv(), { database: process.env.E2E_DATABASE }).then((database) => ({
    db: createDb(database.url),
    database,
  }))
  return (await connection).db
}

/** The run's database URL, for a server of a spec's own (overload.spec.ts). */
export async function databaseUrl(): Promise<string> {
  await getDb()
  return (await connection!).database.url
}

/** Called once per worker, when it is done (see ./fixtures.ts). */
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

/** A version-1 position draft of the person's delegation on an item, saved by them, for specs that start from a drafted item. */
export async function createPositionDraft(email: string, itemCode: string, rationale: string, stance: Stance = 'support'): Promise<void> {
  const db = await getDb()
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, delegationId: true } })
  const item = await db.item.findUniqueOrThrow({ where: { code: itemCode }, select: { id: true } })
  if (!user.delegationId) throw new Error(`${email} acts for no delegation`)
  await db.position.create({
    data: { itemId: item.id, delegationId: user.delegationId, stance, rationale, updatedById: user.id },
  })
}

/**
 * A delegation's position on an item, version 1, shared at a level by a focal
 * point of its own, as the draft cycle leaves it: for specs that start from
 * what delegations have shared.
 */
export async function createSharedPosition(
  delegationCode: string,
  itemCode: string,
  position: { stance: Stance; rationale: string; proposedWording: string | null; visibility: Visibility },
): Promise<void> {
  const db = await getDb()
  const focalPoint = await createUser({ role: 'focal_point', delegationCode })
  const user = await db.user.findUniqueOrThrow({ where: { email: focalPoint.email }, select: { id: true, delegationId: true } })
  const item = await db.item.findUniqueOrThrow({ where: { code: itemCode }, select: { id: true } })
  const { visibility, ...content } = position
  await db.position.create({
    data: {
      itemId: item.id,
      delegationId: user.delegationId!,
      ...content,
      updatedById: user.id,
      shares: { create: { version: 1, ...content, visibility, sharedById: user.id } },
    },
  })
}

export async function getDelegationId(code: string): Promise<string> {
  const db = await getDb()
  return (await db.delegation.findUniqueOrThrow({ where: { code }, select: { id: true } })).id
}

/** A delegation's draft on an item as stored, or null when it has none: that a save landed on the right delegation and left the others alone. */
export async function findStoredDraft(
  delegationCode: string,
  itemCode: string,
): Promise<{ rationale: string; proposedWording: string | null; version: number } | null> {
  const db = await getDb()
  return db.position.findFirst({
    where: { delegation: { code: delegationCode }, item: { code: itemCode } },
    select: { rationale: true, proposedWording: true, version: true },
  })
}

/** A delegation's implementation status on an item as stored, or null when it has none. */
export async function findStoredStatus(
  delegationCode: string,
  itemCode: string,
): Promise<{ state: ImplementationState; evidence: string; links: string[]; asOf: Date | null; version: number } | null> {
  const db = await getDb()
  return db.implementationStatus.findFirst({
    where: { delegation: { code: delegationCode }, item: { code: itemCode } },
    select: { state: true, evidence: true, links: true, asOf: true, version: true },
  })
}

/** A version-1 implementation status of the person's delegation on an item, saved by them, for specs that start from recorded statuses. */
export async function createStatusDraft(
  email: string,
  itemCode: string,
  status: { state: ImplementationState; evidence: string; asOf?: string },
): Promise<void> {
  const db = await getDb()
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, delegationId: true } })
  const item = await db.item.findUniqueOrThrow({ where: { code: itemCode }, select: { id: true } })
  if (!user.delegationId) throw new Error(`${email} acts for no delegation`)
  await db.implementationStatus.create({
    data: {
      itemId: item.id,
      delegationId: user.delegationId,
      state: status.state,
      evidence: status.evidence,
      asOf: status.asOf ? new Date(`${status.asOf}T00:00:00.000Z`) : null,
      updatedById: user.id,
    },
  })
}

/** An unread notification for the person about an item, as a mention would leave it. */
export async function createNotification(email: string, itemCode: string, text: string): Promise<void> {
  const db = await getDb()
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })
  const item = await db.item.findUniqueOrThrow({ where: { code: itemCode }, select: { id: true } })
  await db.notification.create({ data: { userId: user.id, kind: 'mention', itemId: item.id, text } })
}

/**
 * Failed sign-in attempts on an address from many addresses of the documentation range: a guesser spread over
 * sources, enough to throttle the account from everywhere (lib/auth/throttle.ts) and no other account.
 */
export async function throttleSignIn(email: string): Promise<void> {
  const db = await getDb()
  await db.signInAttempt.createMany({
    data: Array.from({ length: SIGN_IN_THROTTLE.maxFailuresPerAccount }, (_, index) => ({
      email,
      ip: `203.0.113.${index % 250}`,
      succeeded: false,
    })),
  })
}
