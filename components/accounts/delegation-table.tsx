import { Badge, type BadgeTone } from '@/components/ui/badge'
import { NoneText, RowHeader, ScrollTable, Td, Th } from '@/components/ui/table'
import { TextLink } from '@/components/ui/text-link'
import { delegationKindLabels, type DelegationSummary } from '@/lib/accounts/delegations'
import type { DelegationKind } from '@/lib/generated/prisma/enums'

const kindTones: Record<DelegationKind, BadgeTone> = {
  member_state: 'neutral',
  observer: 'accent',
  secretariat: 'primary',
}

/** Delegations with their kind, group and active users, each linking to its users. */
export function DelegationTable({ delegations }: { delegations: DelegationSummary[] }) {
  return (
    <ScrollTable label="Delegations" className="mt-4">
      <thead>
        <tr>
          <Th>Code</Th>
          <Th>Name</Th>
          <Th>Kind</Th>
          <Th>UN regional group</Th>
          <Th className="text-right">Active users</Th>
          <Th>Users</Th>
        </tr>
      </thead>
      <tbody>
        {delegations.map((delegation) => (
          <tr key={delegation.code}>
            <Td className="font-mono text-xs/5 font-semibold text-slate-700">{delegation.code}</Td>
            <RowHeader className="font-medium text-slate-900">{delegation.name}</RowHeader>
            <Td>
              <Badge tone={kindTones[delegation.kind]}>{delegationKindLabels[delegation.kind]}</Badge>
            </Td>
            <Td className="whitespace-nowrap">{delegation.regionalGroup ?? <NoneText />}</Td>
            <Td className="text-right tabular-nums">{delegation.activeUsers}</Td>
            <Td>
              <TextLink href={`/admin/users?delegation=${encodeURIComponent(delegation.code)}`} aria-label={`Users of ${delegation.name}`}>
                Users
              </TextLink>
            </Td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  )
}
