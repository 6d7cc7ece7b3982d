/**
 * Who may do what: the one role table. Every page, server action and route
 * handler asks `can()` (through the guard in ./guard.ts) or one of the named
 * predicates below. Finer limits within a permission (a focal point manages
 * delegates, not fellow focal points) live in the lib function that applies
 * them, in its query.
 */
import type { Role } from '@/lib/generated/prisma/enums'

export const permissions = [
  /** Read and edit the own delegation's drafts (positions, implementation statuses). */
  'draft.edit',
  /** Share the own delegation's drafts with the secretariat or everyone. */
  'draft.share',
  /** Write comments in the conversations the viewer takes part in. */
  'comment.write',
  /** Read what delegations shared with the secretariat. */
  'review.read',
  /** Mark shared inputs reviewed, ask for clarification, include them in the consolidated contribution. */
  'review.decide',
  /** Submit the own delegation's stocktaking submission, freezing a version. */
  'submission.submit',
  /** Export a stocktaking submission: the own delegation's, or (for the secretariat) the consolidated one. */
  'submission.export',
  /** Invite delegates into the own delegation and deactivate them. */
  'members.manage',
  /** Manage every delegation, user and invitation. */
  'accounts.administer',
] as const

export type Permission = (typeof permissions)[number]

/**
 * Where a role stands: acting for its own delegation, for the secretariat, or
 * administering the workspace. The visibility rule reads the standing, the
 * guards read the permissions.
 */
type Standing = 'delegation' | 'secretariat' | 'administration'

const roles: Record<Role, { standing: Standing; permissions: readonly Permission[]; label: string }> = {
  delegate: {
    standing: 'delegation',
    permissions: ['draft.edit', 'comment.write', 'submission.export'],
    label: 'Delegate',
  },
  focal_point: {
    standing: 'delegation',
    permissions: ['draft.edit', 'draft.share', 'comment.write', 'submission.export', 'submission.submit', 'members.manage'],
    label: 'Focal point',
  },
  secretariat_reviewer: {
    standing: 'secretariat',
    permissions: ['review.read', 'review.decide', 'comment.write', 'submission.export'],
    label: 'Secretariat reviewer',
  },
  administrator: {
    standing: 'administration',
    permissions: ['accounts.administer'],
    label: 'Administrator',
  },
}

export function can(role: Role, permission: Permission): boolean {
  return roles[role].permissions.includes(permission)
}

export const roleLabels = Object.fromEntries(Object.entries(roles).map(([role, { label }]) => [role, label])) as Record<Role, string>

/** Delegates and focal points: they act for their own delegation, and read and write its drafts. */
export function actsForDelegation(role: Role): boolean {
  return roles[role].standing === 'delegation'
}

/** Secretariat reviewers: they read what delegations shared with the secretariat. */
export function isSecretariat(role: Role): boolean {
  return roles[role].standing === 'secretariat'
}

/** The roles a predicate holds for, for queries that look for people or their writing (a delegation's comments). */
export function rolesWhere(predicate: (role: Role) => boolean): Role[] {
  return (Object.keys(roles) as Role[]).filter(predicate)
}

/** The delegation the viewer acts for, or null (the secretariat, administrators, or no delegation). */
export function ownDelegationId(viewer: { role: Role; delegation: { id: string } | null }): string | null {
  return actsForDelegation(viewer.role) ? (viewer.delegation?.id ?? null) : null
}
