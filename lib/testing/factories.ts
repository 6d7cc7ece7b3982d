/**
 * Test data for integration tests: delegations, users of every role (as the
 * `Viewer` the app would load for their session), the catalogue's items, and
 * the usual cast of a test file (`createCast`). Every user gets a unique
 * email, so files sharing the run's database never collide.
 */
import { randomBytes } from 'node:crypto'

import { seedDelegations } from '@/lib/accounts/seed-delegations'
import { hashPassword } from '@/lib/auth/passwords'
import { loadViewer, type Viewer } from '@/lib/auth/viewer'
import { importCatalogue } from '@/lib/catalogue/import-catalogue'
import type { Db } from '@/lib/db'
import type { DelegationKind, Role } from '@/lib/generated/prisma/enums'

/** The password every factory user has unless told otherwise. */
export const TEST_PASSWORD = 'correct-horse-battery-staple'

/** The secretariat's delegation code (prisma/data/observer-delegations.json). */
export const SECRETARIAT_CODE = 'GFMD'

export function randomSuffix(length = 8): string {
  return randomBytes(16).toString('hex').slice(0, length)
}

const seeded = new WeakMap<Db, Promise<void>>()

/** All real delegations (member states, observers, the secretariat), seeded once per client. */
export function ensureDelegations(db: Db): Promise<void> {
  let pending = seeded.get(db)
  if (!pending) {
    pending = db.$transaction(async (tx) => void (await seedDelegations(tx)), { timeout: 120_000, maxWait: 30_000 })
    seeded.set(db, pending)
  }
  return pending
}

const imported = new WeakMap<Db, Promise<void>>()

/** The catalogue's items, imported once per client (the import is idempotent). */
export function ensureCatalogue(db: Db): Promise<void> {
  let pending = imported.get(db)
  if (!pending) {
    pending = importCatalogue(db).then(() => undefined)
    imported.set(db, pending)
  }
  return pending
}

export type TestDelegation = { id: string; code: string; name: string; kind: DelegationKind }

const delegationFields = { id: true, code: true, name: true, kind: true } as const

/** A delegation of its own, with a unique code, for tests that must not share data with others. */
export async function createDelegation(db: Db, options: { kind?: DelegationKind; name?: string } = {}): Promise<TestDelegation> {
  const code = `T${randomSuffix(9).toUpperCase()}`
  return db.delegation.create({
    data: { code, name: options.name ?? `Test delegation ${code}`, kind: options.kind ?? 'member_state' },
    select: delegationFields,
  })
}

const passwordHashes = new Map<string, Promise<string>>()

function passwordHashFor(password: string): Promise<string> {
  let pending = passwordHashes.get(password)
  if (!pending) {
    pending = hashPassword(password)
    passwordHashes.set(password, pending)
  }
  return pending
}

export type TestUser = {
  id: string
  email: string
  password: string
  sessionVersion: number
  viewer: Viewer
}

/**
 * A user with a role; delegates and focal points need a delegation code, the
 * secretariat defaults to GFMD (seed it with `ensureDelegations` first) and
 * administrators have none.
 */
export async function createUser(
  db: Db,
  role: Role,
  options: { delegationCode?: string | null; password?: string; name?: string } = {},
): Promise<TestUser> {
  const delegationCode = options.delegationCode === undefined ? defaultDelegationCode(role) : options.delegationCode
  if ((role === 'delegate' || role === 'focal_point') && !delegationCode) throw new Error(`A ${role} needs a delegation code.`)
  const delegation = delegationCode
    ? await db.delegation.findUniqueOrThrow({ where: { code: delegationCode }, select: { id: true } })
    : null
  const password = options.password ?? TEST_PASSWORD
  const suffix = randomSuffix()
  const user = await db.user.create({
    data: {
      email: `${role}-${suffix}@test.gfmd`,
      name: options.name ?? `${role} ${suffix}`,
      role,
      delegationId: delegation?.id ?? null,
      passwordHash: await passwordHashFor(password),
    },
    select: { id: true, email: true, sessionVersion: true },
  })
  const viewer = await loadViewer(db, user.id, user.sessionVersion)
  if (!viewer) throw new Error(`The new user ${user.email} has no session.`)
  return { ...user, password, viewer }
}

/** The viewer of a new user with a role (see `createUser`). */
export async function createViewer(db: Db, role: Role, delegationCode?: string | null): Promise<Viewer> {
  return (await createUser(db, role, { delegationCode })).viewer
}

function defaultDelegationCode(role: Role): string | null {
  return role === 'secretariat_reviewer' ? SECRETARIAT_CODE : null
}

/** Who a test file usually needs: "our" delegation's people, the other delegation's, and the two roles that act for none. */
export type CastMember = 'delegate' | 'focalPoint' | 'otherDelegate' | 'otherFocalPoint' | 'secretariat' | 'administrator'

export type Cast = { users: Record<CastMember, TestUser>; viewers: Record<CastMember, Viewer> }

/**
 * The usual cast on a seeded database with the catalogue: a delegate and a
 * focal point of a delegation and of another one, a secretariat reviewer and
 * an administrator. The two delegations are new ones of the file's own, so
 * counts see only what the file wrote, unless real ones are named by code
 * (`{ delegations: ['MEX', 'DEU'] }`) for tests that read their names.
 */
export async function createCast(db: Db, options: { delegations?: [own: string, other: string] } = {}): Promise<Cast> {
  await ensureDelegations(db)
  await ensureCatalogue(db)
  const [ownCode, otherCode] = options.delegations ?? []
  const delegation = ownCode ? await findDelegation(db, ownCode) : await createDelegation(db)
  const otherDelegation = otherCode ? await findDelegation(db, otherCode) : await createDelegation(db)
  const [delegate, focalPoint, otherDelegate, otherFocalPoint, secretariat, administrator] = await Promise.all([
    createUser(db, 'delegate', { delegationCode: delegation.code }),
    createUser(db, 'focal_point', { delegationCode: delegation.code }),
    createUser(db, 'delegate', { delegationCode: otherDelegation.code }),
    createUser(db, 'focal_point', { delegationCode: otherDelegation.code }),
    createUser(db, 'secretariat_reviewer'),
    createUser(db, 'administrator'),
  ])
  const users = { delegate, focalPoint, otherDelegate, otherFocalPoint, secretariat, administrator }
  const viewers = Object.fromEntries(Object.entries(users).map(([member, user]) => [member, user.viewer])) as Record<CastMember, Viewer>
  return { users, viewers }
}

function findDelegation(db: Db, code: string): Promise<TestDelegation> {
  return db.delegation.findUniqueOrThrow({ where: { code }, select: delegationFields })
}
