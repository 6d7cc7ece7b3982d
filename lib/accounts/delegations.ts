/** Delegations as administrators and focal points see them. */
import { authorize } from '@/lib/auth/authorize'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import type { DelegationKind } from '@/lib/generated/prisma/enums'

export type DelegationSummary = {
  code: string
  name: string
  kind: DelegationKind
  isoAlpha2: string | null
  regionalGroup: string | null
  activeUsers: number
}

/** Whether a request's text can be a delegation's code (DEU, IOM, GFMD): letters, digits and hyphens, never a NUL Postgres refuses. */
export function isDelegationCode(text: string): boolean {
  return /^[A-Za-z0-9-]{1,20}$/.test(text)
}

export const delegationKindLabels: Record<DelegationKind, string> = {
  member_state: 'Member state',
  observer: 'Observer',
  secretariat: 'Secretariat',
}

/** Every delegation, for administrators (with how many active users each has). */
export async function listDelegations(
  db: Db,
  viewer: Viewer,
  filters: { kind?: DelegationKind; regionalGroup?: string; q?: string } = {},
): Promise<DelegationSummary[]> {
  authorize(viewer, 'accounts.administer')
  const delegations = await db.delegation.findMany({
    where: {
      ...(filters.kind ? { kind: filters.kind } : {}),
      ...(filters.regionalGroup ? { regionalGroup: filters.regionalGroup } : {}),
      ...(filters.q ? { OR: [{ name: { contains: filters.q, mode: 'insensitive' } }, { code: { equals: filters.q.toUpperCase() } }] } : {}),
    },
    select: {
      code: true,
      name: true,
      kind: true,
      isoAlpha2: true,
      regionalGroup: true,
      _count: { select: { users: { where: { deactivatedAt: null } } } },
    },
    orderBy: [{ kind: 'asc' }, { name: 'asc' }],
  })
  return delegations.map(({ _count, ...delegation }) => ({ ...delegation, activeUsers: _count.users }))
}

/** The choices for an invitation form: every delegation for administrators. */
export async function listDelegationChoices(db: Db, viewer: Viewer): Promise<{ code: string; name: string; kind: DelegationKind }[]> {
  authorize(viewer, 'accounts.administer')
  return db.delegation.findMany({ select: { code: true, name: true, kind: true }, orderBy: [{ kind: 'asc' }, { name: 'asc' }] })
}
