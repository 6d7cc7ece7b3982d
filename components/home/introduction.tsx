import { CardDescription } from '@/components/ui/card'
import { LinkCard } from '@/components/ui/link-card'
import { PageSection } from '@/components/ui/page-section'

const startingPoints = [
  {
    href: '/catalogue',
    title: 'Catalogue',
    description:
      'Every GCM element and GFMD recommendation from the report, with its code, source paragraph, speaker and thematic cluster.',
    cta: 'Browse the catalogue',
  },
  {
    href: '/report',
    title: 'Report reader',
    description: 'The summary report paragraph by paragraph, with each item shown in its context and cited as “para 16”.',
    cta: 'Read the report',
  },
  {
    href: '/sign-in',
    title: 'Sign in to your delegation’s workspace',
    description: 'Record your delegation’s positions, comments and implementation status, and prepare its stocktaking submission.',
    cta: 'Sign in',
  },
] as const

/** The home page of a signed-out visitor: what the workspace is for, and where to start. */
export function Introduction() {
  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-14 lg:px-8">
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-12">
        <div className="max-w-2xl">
          <p className="text-sm font-medium text-primary-700">GFMD contribution to the Global Compact for Migration</p>
          <h1 className="mt-2 text-3xl font-semibold tracking-tight text-balance text-slate-900 sm:text-4xl">GCM Stocktaking Workspace</h1>
          <div className="mt-6 space-y-4 text-base/7 text-slate-700">
            <p>
              In 2017 UN member states are preparing the Global Compact for Safe, Orderly and Regular Migration (GCM). The Global Forum on
              Migration and Development (GFMD) feeds ten years of policy work into that process: its dialogue in Geneva on 6 April 2017 set
              out what governments want in the Compact and what its working sessions recommended.
            </p>
            <p>
              This workspace holds every one of those elements and recommendations. Each delegation records, item by item, its position, its
              comments and its implementation status; the GFMD secretariat reviews what delegations share with it; and each delegation
              exports its stocktaking submission. A delegation’s drafts remain its own until it shares them.
            </p>
          </div>
        </div>
        <StocktakingMeeting />
      </div>

      <PageSection id="start" title="Where to start" className="mt-12 sm:mt-16">
        <ul className="mt-4 grid gap-4 md:grid-cols-3">
          {startingPoints.map((point) => (
            <LinkCard key={point.href} href={point.href} title={point.title} titleAs="h3" cta={point.cta}>
              <CardDescription>{point.description}</CardDescription>
            </LinkCard>
          ))}
        </ul>
      </PageSection>
    </div>
  )
}

/** The date everything here leads up to; also beside a signed-in person's home page. */
export function StocktakingMeeting() {
  return (
    <aside
      aria-labelledby="stocktaking-heading"
      className="self-start rounded-card border border-l-4 border-slate-200 border-l-accent-500 bg-slate-50 p-5"
    >
      <h2 id="stocktaking-heading" className="text-sm font-semibold text-slate-900">
        GCM stocktaking meeting
      </h2>
      <p className="mt-3 text-xl font-semibold text-slate-900">
        <time dateTime="2017-12-04">4–6 December 2017</time>
      </p>
      <p className="text-base text-slate-700">Guadalajara, Mexico</p>
      <dl className="mt-4 space-y-2 border-t border-slate-200 pt-4 text-sm">
        <div>
          <dt className="text-slate-600">GCM co-facilitators</dt>
          <dd className="font-medium text-slate-800">Mexico and Switzerland</dd>
        </div>
        <div>
          <dt className="text-slate-600">GFMD co-chairs 2017–2018</dt>
          <dd className="font-medium text-slate-800">Germany and Morocco</dd>
        </div>
      </dl>
    </aside>
  )
}
