/**
 * The signed-in person as every page, action and query sees them: loaded fresh
 * from the database on each request, so a deactivation or a role change
 * applies at once.
 */
import type { Db } from '@/lib/db'
import type { DelegationKind, Role } from '@/lib/generated/prisma/enums'

export type Viewer = {
  userId: string
  email: string
  name: string
  role: Role
  delegation: { id: string; code: string; name: string; kind: DelegationKind } | null
  /** False for people who only sign in through their organisation (OpenID Connect). */
  hasPassword: boolean
}

/** The viewer behind a session, or null when the session must end (unknown, deactivated, or issued before a password change). */
export async function loadViewer(db: Db, userId: string, sessionVersion: number): Promise<Viewer | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      deactivatedAt: true,
      sessionVersion: true,
      passwordHash: true,
      delegation: { select: { id: true, code: true, name: true, kind: true } },
    },
  })
  if (!user || user.deactivatedAt || user.sessionVersion !== sessionVersion) return null
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    delegation: user.delegation,
    hasPassword: user.passwordHash !== null,
  }
}
