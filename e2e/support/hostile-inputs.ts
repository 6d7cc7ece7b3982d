/**
 * Test data for the injection spec: a delegation of its own whose name and
 * people's names are hostile, written straight into the run's database as
 * the other helpers do (./db.ts); the spec then writes the rest through the
 * pages, as the people would.
 */
import { randomUUID } from 'node:crypto'

import { hashPassword } from '@/lib/auth/passwords'

import { connectDb, uniqueEmail, type TestUser } from './db'

export type HostileDelegation = { code: string; name: string }

export async function createHostileDelegation(name: string): Promise<HostileDelegation> {
  const db = await connectDb()
  const code = `X${randomUUID().slice(0, 8).toUpperCase()}`
  await db.delegation.create({ data: { code, name, kind: 'member_state' } })
  return { code, name }
}

/** A person of a delegation, with a name of the spec's choosing. */
export async function createNamedUser(role: 'focal_point' | 'delegate', delegationCode: string, name: string): Promise<TestUser> {
  const db = await connectDb()
  const user = { email: uniqueEmail(role), password: `e2e-${randomUUID()}`, name }
  const delegation = await db.delegation.findUniqueOrThrow({ where: { code: delegationCode }, select: { id: true } })
  await db.user.create({
    data: { email: user.email, name, role, delegationId: delegation.id, passwordHash: await hashPassword(user.password) },
  })
  return user
}

/** The delegation's implementation status on an item, version 1, shared with all participants by its focal point. */
export async function createSharedStatus(focalPointEmail: string, itemCode: string, evidence: string, links: string[]): Promise<void> {
  const db = await connectDb()
  const user = await db.user.findUniqueOrThrow({ where: { email: focalPointEmail }, select: { id: true, delegationId: true } })
  const item = await db.item.findUniqueOrThrow({ where: { code: itemCode }, select: { id: true } })
  const content = { state: 'in_progress' as const, evidence, links }
  await db.implementationStatus.create({
    data: {
      itemId: item.id,
      delegationId: user.delegationId!,
      ...content,
      updatedById: user.id,
      shares: { create: { version: 1, ...content, visibility: 'all_participants', sharedById: user.id } },
    },
  })
}

/** The focal point's choice of every comment of the delegation on the item for its submission. */
export async function selectCommentsForSubmission(delegationCode: string, itemCode: string): Promise<number> {
  const db = await connectDb()
  const { count } = await db.comment.updateMany({
    where: { delegation: { code: delegationCode }, item: { code: itemCode } },
    data: { selectedForSubmission: true },
  })
  return count
}
