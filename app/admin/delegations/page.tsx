import type { Metadata } from 'next'
import Form from 'next/form'
import Link from 'next/link'

import { compactControlClasses, fieldLabelClasses } from '@/components/ui/field'
import { RowHeader, ScrollTable, Td, Th } from '@/components/accounts/table'
import { Badge } from '@/components/ui/badge'
import { buttonClasses, ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { delegationKindLabels, listDelegations, type DelegationSummary } from '@/lib/accounts/delegations'
import { requirePageViewer } from '@/lib/auth/guard'
import { cn } from '@/lib/cn'
import { getDb } from '@/lib/db'
import type { DelegationKind } from '@/lib/generated/prisma/enums'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Delegations · Administration' }

type SearchParams = Record<string, string | string[] | undefined>
type DelegationFilters = { q?: string; kind?: DelegationKind; regionalGroup?: string }

const kinds = Object.keys(delegationKindLabels) as DelegationKind[]
const kindPlurals: Record<DelegationKind, [string, string]> = {
  member_state: ['member state', 'member states'],
  observer: ['observer', 'observers'],
  secretariat: ['secretariat', 'secretariats'],
}

const inlineLink = 'rounded-sm font-medium text-primary-800 underline underline-offset-4 hover:text-primary-950'

function first(value: string | string[] | undefined): string | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim()
  return text ? text : undefined
}

/** The address is the state; anything not understood is ignored rather than trusted. */
function parseFilters(params: SearchParams, regionalGroups: string[]): DelegationFilters {
  const q = first(params.q)?.slice(0, 100)
  const kind = first(params.kind)
  const regionalGroup = first(params.group)
  return {
    ...(q ? { q } : {}),
    ...(kind && (kinds as string[]).includes(kind) ? { kind: kind as DelegationKind } : {}),
    ...(regionalGroup && regionalGroups.includes(regionalGroup) ? { regionalGroup } : {}),
  }
}

function describeCounts(delegations: DelegationSummary[]): string {
  return kinds
    .map((kind) => {
      const count = delegations.filter((delegation) => delegation.kind === kind).length
      const [one, many] = kindPlurals[kind]
      return `${count} ${count === 1 ? one : many}`
    })
    .join(', ')
}

export default async function AdminDelegationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePageViewer('/admin/delegations', 'accounts.administer')
  const db = getDb()
  const everyDelegation = await listDelegations(db, viewer)
  const regionalGroups = [
    ...new Set(everyDelegation.flatMap((delegation) => (delegation.regionalGroup ? [delegation.regionalGroup] : []))),
  ].sort()
  const filters = parseFilters(await searchParams, regionalGroups)
  const isFiltered = Object.keys(filters).length > 0
  const delegations = isFiltered ? await listDelegations(db, viewer, filters) : everyDelegation

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader title="Delegations" description={<p>{describeCounts(everyDelegation)}.</p>} />

      <section aria-labelledby="filters-heading" className="mt-8 rounded-card border border-slate-200 bg-slate-50 p-4 sm:p-5">
        <h2 id="filters-heading" className="text-base font-semibold text-slate-900">
          Find delegations
        </h2>
        {/* Uncontrolled fields: remount them when the address changes, so they show its filters. */}
        <Form
          key={JSON.stringify(filters)}
          action="/admin/delegations"
          role="search"
          aria-labelledby="filters-heading"
          className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,1fr)_11rem_18rem_auto] lg:items-end"
        >
          <div>
            <label htmlFor="delegation-q" className={fieldLabelClasses}>
              Name or code
            </label>
            <input
              id="delegation-q"
              name="q"
              type="search"
              defaultValue={filters.q ?? ''}
              maxLength={100}
              autoComplete="off"
              placeholder="e.g. Mexico, DEU, IOM"
              className={cn(compactControlClasses, 'placeholder:text-slate-500')}
            />
          </div>
          <div>
            <label htmlFor="delegation-kind" className={fieldLabelClasses}>
              Kind
            </label>
            <select id="delegation-kind" name="kind" defaultValue={filters.kind ?? ''} className={compactControlClasses}>
              <option value="">Any</option>
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {delegationKindLabels[kind]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="delegation-group" className={fieldLabelClasses}>
              UN regional group
            </label>
            <select id="delegation-group" name="group" defaultValue={filters.regionalGroup ?? ''} className={compactControlClasses}>
              <option value="">Any</option>
              {regionalGroups.map((group) => (
                <option key={group} value={group}>
                  {group}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <button type="submit" className={buttonClasses()}>
              Apply filters
            </button>
            {isFiltered ? (
              <Link href="/admin/delegations" className={cn(inlineLink, 'text-sm')}>
                Clear filters
              </Link>
            ) : null}
          </div>
        </Form>
      </section>

      <section aria-labelledby="results-heading" className="mt-8">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="results-heading" className="text-lg font-semibold text-slate-900">
            {isFiltered ? 'Matching delegations' : 'All delegations'}
          </h2>
          <p aria-live="polite" className="text-sm font-medium text-slate-700">
            {isFiltered ? `${delegations.length} of ${everyDelegation.length}` : `${everyDelegation.length} delegations`}
          </p>
        </div>

        {delegations.length > 0 ? (
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
                    <Badge tone={delegation.kind === 'member_state' ? 'neutral' : delegation.kind === 'observer' ? 'accent' : 'primary'}>
                      {delegationKindLabels[delegation.kind]}
                    </Badge>
                  </Td>
                  <Td className="whitespace-nowrap">{delegation.regionalGroup ?? <span className="text-slate-500">None</span>}</Td>
                  <Td className="text-right tabular-nums">{delegation.activeUsers}</Td>
                  <Td>
                    <Link
                      href={`/admin/users?delegation=${encodeURIComponent(delegation.code)}`}
                      className={inlineLink}
                      aria-label={`Users of ${delegation.name}`}
                    >
                      Users
                    </Link>
                  </Td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        ) : (
          <EmptyState
            className="mt-4"
            headingLevel="h3"
            title="No delegation matches"
            description={<p>Check the spelling, search by the three-letter code, or clear the filters.</p>}
            action={
              <ButtonLink href="/admin/delegations" variant="secondary">
                Clear filters
              </ButtonLink>
            }
          />
        )}
      </section>
    </div>
  )
}
