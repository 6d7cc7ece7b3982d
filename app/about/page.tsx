import type { Metadata } from 'next'

import { Badge } from '@/components/ui/badge'
import { PageHeader } from '@/components/ui/page-header'
import { TextLink } from '@/components/ui/text-link'
import { formatIsoDates } from '@/lib/dates'
import clusterReference from '@/prisma/data/clusters.json'

export const metadata: Metadata = {
  title: 'About',
  description: 'The GFMD report behind the workspace, the six GCM thematic clusters, who uses the workspace and who sees what.',
}

const users = [
  {
    who: 'Delegate',
    detail: 'Member of a state’s or observer’s delegation',
    what: 'Reads items in the context of the report, drafts and updates the delegation’s position, comments, and records implementation status with evidence.',
  },
  {
    who: 'Delegation focal point',
    what: 'The same, plus approves the delegation’s inputs for submission, manages its members, and exports and submits the delegation’s submission.',
  },
  {
    who: 'Secretariat reviewer',
    detail: 'GFMD Support Unit, co-chairs’ team',
    what: 'Sees every submitted input, marks each reviewed or needing clarification, asks questions in threads, follows coverage and consensus, and exports the consolidated submission.',
  },
  {
    who: 'Administrator',
    what: 'Manages delegations, users, invitations, the catalogue (adds items, re-imports a report) and the deadline.',
  },
  {
    who: 'Observer organisation',
    detail: 'IOM, UNDESA, OHCHR, IFAD, ILO…',
    what: 'A delegation of kind “observer”: the same tools, marked as such in exports.',
  },
] as const

const sectionHeading = 'text-xl font-semibold tracking-tight text-slate-900'
const prose = 'mt-4 space-y-4 text-base/7 text-slate-700'

export default function AboutPage() {
  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-14 lg:px-8">
      <PageHeader
        title="About the workspace"
        description={<p>What the GCM Stocktaking Workspace is built on, how its items are organised, who works in it and who sees what.</p>}
      />

      <div className="mt-10 max-w-3xl space-y-14">
        <section aria-labelledby="report-heading">
          <h2 id="report-heading" className={sectionHeading}>
            The report
          </h2>
          <div className={prose}>
            <p>
              The workspace is built on the <cite className="not-italic">Summary report</cite> of the GFMD Dialogue on the Global Compact
              for safe, orderly and regular migration, held at the Palais des Nations, Geneva, on 6 April 2017. The dialogue, organised by
              the 2017–2018 GFMD co-chairs Germany and Morocco, was the first global discussion on the Compact, ahead of the UN thematic
              consultations.
            </p>
            <p>
              Its numbered paragraphs 1–23 and footnotes 1–3 are stored verbatim, so every item can be read in its context and cited by
              paragraph. The items are of two kinds: <strong className="font-semibold text-slate-900">GCM elements</strong>, what
              governments want in the Compact, and <strong className="font-semibold text-slate-900">GFMD recommendations</strong>, what the
              working sessions recommended and what was said of the GFMD’s own role. All of it goes to the GCM stocktaking meeting in
              Guadalajara, Mexico, on 4–6 December 2017.
            </p>
            <p>
              <TextLink href="/report">Read the report</TextLink> or <TextLink href="/catalogue">browse the catalogue of items</TextLink>.
            </p>
          </div>
        </section>

        <section aria-labelledby="clusters-heading">
          <h2 id="clusters-heading" className={sectionHeading}>
            The six GCM thematic clusters
          </h2>
          <p className="mt-4 text-base/7 text-slate-700">
            Every item is assigned to one or more of the thematic clusters of the GCM consultation phase. Each cluster had its own thematic
            consultation in 2017.
          </p>
          <ol className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
            {clusterReference.clusters.map((cluster) => (
              <li key={cluster.number} className="flex gap-4 py-4">
                <Badge tone="primary" className="mt-0.5 h-6 self-start">
                  <span className="sr-only">Cluster </span>
                  {cluster.number}
                </Badge>
                <div className="min-w-0">
                  <p className="text-[0.9375rem]/6 text-slate-900">{cluster.title}</p>
                  <p className="mt-1 text-sm text-slate-600">
                    Thematic consultation: {cluster.consultation.place}, {formatIsoDates(cluster.consultation.dates)}
                  </p>
                </div>
              </li>
            ))}
          </ol>
          <p className="mt-3 text-xs/5 text-slate-600">Source: {clusterReference.source}.</p>
        </section>

        <section aria-labelledby="users-heading">
          <h2 id="users-heading" className={sectionHeading}>
            Who uses the workspace
          </h2>
          <table className="mt-6 w-full border-collapse text-left text-sm/6">
            <caption className="sr-only">Roles in the workspace and what each does</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="w-[34%] py-2 pr-4 font-semibold text-slate-900">
                  Who
                </th>
                <th scope="col" className="py-2 font-semibold text-slate-900">
                  What they do
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {users.map((user) => (
                <tr key={user.who} className="align-top">
                  <th scope="row" className="py-3 pr-4 font-medium text-slate-900">
                    {user.who}
                    {'detail' in user ? <span className="block text-xs/5 font-normal text-slate-600">{user.detail}</span> : null}
                  </th>
                  <td className="py-3 text-slate-700">{user.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="visibility-heading">
          <h2 id="visibility-heading" className={sectionHeading}>
            Who sees what
          </h2>
          <p className="mt-4 border-l-4 border-primary-700 bg-primary-50 py-3 pr-4 pl-4 text-base/7 text-slate-800">
            A delegation’s draft position is its own until it shares it. No other delegation ever sees another delegation’s unshared drafts
            or its delegation-only comments, on any page, export, search result or count. Comments are visible to the delegation only, to
            the delegation and the secretariat, or to all participants, as their author chooses. The GFMD secretariat sees what delegations
            have shared with it, and every change is kept in history: who changed what, when, and from what to what.
          </p>
        </section>
      </div>
    </div>
  )
}
