/**
 * The demo accounts of the local default (listed in the README), all with one
 * shared password. Never seeded by a production start.
 */
import { hashPassword } from '@/lib/auth/passwords'
import type { Db } from '@/lib/db'
import type { Role } from '@/lib/generated/prisma/enums'

export const DEMO_PASSWORD = 'stocktaking-2017'

export const demoAccounts: { email: string; name: string; role: Role; delegationCode: string | null }[] = [
  { email: 'admin@demo.gfmd.test', name: 'Ada Admin', role: 'administrator', delegationCode: null },
  { email: 'secretariat@demo.gfmd.test', name: 'Sam Secretariat', role: 'secretariat_reviewer', delegationCode: 'GFMD' },
  { email: 'focal.de@demo.gfmd.test', name: 'Frieda Fokus', role: 'focal_point', delegationCode: 'DEU' },
  { email: 'delegate.de@demo.gfmd.test', name: 'Dieter Delegierter', role: 'delegate', delegationCode: 'DEU' },
  { email: 'focal.mx@demo.gfmd.test', name: 'Fernanda Focal', role: 'focal_point', delegationCode: 'MEX' },
  { email: 'delegate.mx@demo.gfmd.test', name: 'Diego Delegado', role: 'delegate', delegationCode: 'MEX' },
  { email: 'focal.ma@demo.gfmd.test', name: 'Fatima Focal', role: 'focal_point', delegationCode: 'MAR' },
  { email: 'delegate.iom@demo.gfmd.test', name: 'Ines Observer', role: 'delegate', delegationCode: 'IOM' },
]

/** Creates missing demo accounts; leaves existing ones (and any change made to them) alone. */
export async function seedDemoAccounts(db: Db): Promise<number> {
  const existing = new Set(
    (await db.user.findMany({ where: { email: { in: demoAccounts.map((account) => account.email) } }, select: { email: true } })).map(
      (user) => user.email,
    ),
  )
  const missing = demoAccounts.filter((account) => !existing.has(account.email))
  if (missing.length === 0) return 0
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const delegations = new Map(
    (await db.delegation.findMany({ select: { id: true, code: true } })).map((delegation) => [delegation.code, delegation.id]),
  )
  await db.user.createMany({
    data: missing.map(({ delegationCode, ...account }) => ({
      ...account,
      passwordHash,
      delegationId: delegationCode ? (delegations.get(delegationCode) ?? null) : null,
    })),
    skipDuplicates: true,
  })
  return missing.length
}
