/**
 * Who may do what: the one role-to-permission table. Every page, server action
 * and route handler asks `can()` (through the guard in ./guard.ts). Finer limits
 * within a permission (a focal point manages delegates, not fellow focal points)
 * live in the lib function that applies them, in its query.
 */
import type { Role } from '@/lib/generated/prisma/enums'

export const permissions = [
  /** Read and edit the own delegation's draft positions. */
  'position.edit',
  /** Share the own delegation's positions with the secretariat or everyone. */
  'position.share',
  /** Read what delegations shared with the secretariat. */
  'review.read',
  /** Invite delegates into the own delegation and deactivate them. */
  'members.manage',
  /** Manage every delegation, user and invitation. */
  'accounts.administer',
] as const

export type Permission = (typeof permissions)[number]

export const rolePermissions: Record<Role, readonly Permission[]> = {
  delegate: ['position.edit'],
  focal_point: ['position.edit', 'position.share', 'members.manage'],
  secretariat_reviewer: ['review.read'],
  administrator: ['accounts.administer'],
}

export function can(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission)
}

export const roleLabels: Record<Role, string> = {
  delegate: 'Delegate',
  focal_point: 'Focal point',
  secretariat_reviewer: 'Secretariat reviewer',
  administrator: 'Administrator',
}
