/**
 * Users: listing, deactivation (which ends their sessions at once, through
 * the session version) and password changes.
 */
import { randomBytes } from 'node:crypto'

import { z } from 'zod'

import { normaliseEmail } from '@/lib/auth/authenticate'
import { authorize } from '@/lib/auth/authorize'
import { AppError } from '@/lib/errors'
import { hashPassword, MAX_PASSWORD_LENGTH, passwordSchema, verifyPassword } from '@/lib/auth/passwords'
import { can } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Role } from '@/lib/generated/prisma/enums'

export type UserSummary = {
  id: string
  email: string
  name: string
  role: Role
  delegation: { code: string; name: string } | null
  isActive: boolean
  lastSignInAt: Date | null
  createdAt: Date
}

/** Administrators manage everyone; a focal point the delegates of their own delegation. */
function manageableUsersWhere(viewer: Viewer): Prisma.UserWhereInput {
  if (can(viewer.role, 'accounts.administer')) return {}
  authorize(viewer, 'members.manage')
  return { delegationId: viewer.delegation?.id ?? { in: [] } }
}

export async function listUsers(db: Db, viewer: Viewer, filters: { delegationCode?: string } = {}): Promise<UserSummary[]> {
  const users = await db.user.findMany({
    where: {
      AND: [manageableUsersWhere(authorize(viewer)), filters.delegationCode ? { delegation: { code: filters.delegationCode } } : {}],
    },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      deactivatedAt: true,
      lastSignInAt: true,
      createdAt: true,
      delegation: { select: { code: true, name: true } },
    },
    orderBy: [{ delegation: { name: 'asc' } }, { name: 'asc' }],
    take: 2000,
  })
  return users.map(({ deactivatedAt, ...user }) => ({ ...user, isActive: deactivatedAt === null }))
}

export async function setUserActive(db: Db, viewer: Viewer, userId: string, isActive: boolean): Promise<void> {
  const where = manageableUsersWhere(authorize(viewer))
  if (userId === viewer.userId) throw new AppError('invalid', 'You cannot deactivate your own account.')
  const isAdministrator = can(viewer.role, 'accounts.administer')
  // A focal point manages the delegates of their delegation, not its other focal
  // points, and cannot undo an administrator's deactivation. Only an active
  // account can be deactivated, so a second deactivation cannot take over the
  // record of who did the first.
  const limits: Prisma.UserWhereInput[] = isAdministrator
    ? []
    : [{ role: 'delegate' }, ...(isActive ? [{ deactivatedBy: { role: { not: 'administrator' as const } } }] : [])]
  const updated = await db.user.updateMany({
    where: { AND: [where, ...limits, { id: userId, deactivatedAt: isActive ? { not: null } : null }] },
    data: isActive
      ? { deactivatedAt: null, deactivatedById: null }
      : { deactivatedAt: new Date(), deactivatedById: viewer.userId, sessionVersion: { increment: 1 } },
  })
  if (updated.count === 0) throw new AppError('invalid', 'You cannot change that account.')
}

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(MAX_PASSWORD_LENGTH),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(MAX_PASSWORD_LENGTH),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ['confirmPassword'], message: 'The two new passwords differ.' })

/** Changes the viewer's password; every session of theirs ends, so they sign in again with the new one. */
export async function changePassword(db: Db, viewer: Viewer, input: z.infer<typeof changePasswordSchema>): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: authorize(viewer).userId }, select: { passwordHash: true } })
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('invalid', 'Your current password is not right.', { currentPassword: ['Not right.'] })
  }
  await db.user.update({
    where: { id: viewer.userId },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
  })
}

/** The first administrator of a production install (npm run admin:create). Returns an initial password, to change after signing in. */
export async function createAdministrator(db: Db, input: { email: string; name: string }): Promise<{ password: string }> {
  const email = normaliseEmail(input.email)
  if (!z.email().safeParse(email).success) throw new AppError('invalid', `"${input.email}" is not an email address.`)
  if (await db.user.findUnique({ where: { email }, select: { id: true } }))
    throw new AppError('invalid', `There is already an account for ${email}.`)
  const password = randomBytes(15).toString('base64url')
  await db.user.create({ data: { email, name: input.name, role: 'administrator', passwordHash: await hashPassword(password) } })
  return { password }
}
