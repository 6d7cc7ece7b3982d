import { cn } from '@/lib/cn'
import type { ImplementationState } from '@/lib/generated/prisma/enums'

import { EvidenceLinks } from './evidence-links'
import { formatIsoDates } from '@/lib/dates'
import { StateBadge } from './state-badge'

type StatusTextProps = {
  state: ImplementationState
  evidence: string
  links: string[]
  asOf: string | null
  className?: string
}

/** An implementation status's content, each part labelled so it reads in order without the layout. */
export function StatusText({ state, evidence, links, asOf, className }: StatusTextProps) {
  return (
    <dl className={cn('space-y-3 text-sm/6', className)}>
      <div className="flex flex-wrap items-center gap-x-2">
        <dt className="sr-only">State</dt>
        <dd>
          <StateBadge state={state} />
        </dd>
        <dt className="sr-only">As of</dt>
        <dd className="text-slate-700">{asOf ? `as of ${formatIsoDates(asOf)}` : 'no “as of” date'}</dd>
      </div>
      <div>
        <dt className="font-medium text-slate-900">Evidence</dt>
        <dd className="mt-0.5 whitespace-pre-line text-slate-800">{evidence.trim() === '' ? <em>No evidence given.</em> : evidence}</dd>
      </div>
      {links.length > 0 ? (
        <div>
          <dt className="font-medium text-slate-900">Links</dt>
          <dd className="mt-0.5">
            <EvidenceLinks links={links} />
          </dd>
        </div>
      ) : null}
    </dl>
  )
}
