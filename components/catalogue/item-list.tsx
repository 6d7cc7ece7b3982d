import Link from 'next/link'

import { TextLink } from '@/components/ui/text-link'
import type { ItemSummary } from '@/lib/catalogue/queries'
import { plural } from '@/lib/plural'
import { noShares, type ShareCount } from '@/lib/workspace/share-counts'

import { ClusterBadge, ItemCode, ItemKindBadge } from './item-badges'

type ItemListProps = {
  items: ItemSummary[]
  /** Other delegations' shares the viewer may read, by item code; null for anonymous visitors. */
  shareCounts: Record<string, ShareCount> | null
  /** Added to each item's link, so its page can lead back to these results. */
  itemQuery: string
}

/** Catalogue items as results: code, kind, clusters, the quote, its source paragraphs and who said it. */
export function ItemList({ items, shareCounts, itemQuery }: ItemListProps) {
  return (
    <ol className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
      {items.map((item) => (
        <ItemRow
          key={item.code}
          item={item}
          shares={shareCounts ? (shareCounts[item.code] ?? noShares) : null}
          href={`/catalogue/${encodeURIComponent(item.code)}${itemQuery}`}
        />
      ))}
    </ol>
  )
}

/** "2 positions, 1 implementation status": what other delegations shared that the viewer may read. */
function describeShares(shares: ShareCount): string {
  const parts = [
    shares.positions > 0 ? plural(shares.positions, 'position', 'positions') : null,
    shares.statuses > 0 ? plural(shares.statuses, 'implementation status', 'implementation statuses') : null,
  ].filter((part) => part !== null)
  return parts.length > 0 ? parts.join(', ') : 'nothing yet'
}

function ItemRow({ item, shares, href }: { item: ItemSummary; shares: ShareCount | null; href: string }) {
  const headingId = `item-${item.code}`

  return (
    <li>
      <article aria-labelledby={headingId} className="py-5">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
          <ItemCode code={item.code} />
          <ItemKindBadge kind={item.kind} />
          {item.clusters.map((cluster) => (
            <ClusterBadge key={cluster.number} number={cluster.number} title={cluster.title} />
          ))}
        </div>
        <h3 id={headingId} className="mt-2 text-base/6 font-semibold text-slate-900">
          <Link href={href} className="rounded-sm underline-offset-4 hover:text-primary-800 hover:underline">
            {item.title}
          </Link>
        </h3>
        <p className="mt-1.5 line-clamp-3 text-sm/6 text-slate-700">“{item.text}”</p>
        <dl className="mt-2.5 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex gap-1.5">
            <dt className="text-slate-600">Source</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-2">
                {item.paragraphs.map((paragraph) => (
                  <li key={paragraph}>
                    <TextLink href={`/report#p${paragraph}`} variant="subtle">
                      para {paragraph}
                    </TextLink>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          {item.actors.length > 0 ? (
            <div className="flex min-w-0 gap-1.5">
              <dt className="shrink-0 text-slate-600">Said by</dt>
              <dd className="min-w-0">
                <ul className="flex flex-wrap gap-x-1">
                  {item.actors.map((actor, index) => (
                    <li key={actor.key}>
                      <TextLink href={`/catalogue?actor=${encodeURIComponent(actor.key)}`} variant="subtle">
                        {actor.name}
                      </TextLink>
                      {index < item.actors.length - 1 ? ',' : null}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
          {shares ? (
            <div className="flex gap-1.5">
              <dt className="text-slate-600">Shared with you</dt>
              <dd className={shares.positions + shares.statuses > 0 ? 'text-slate-800' : 'text-slate-600'}>{describeShares(shares)}</dd>
            </div>
          ) : null}
        </dl>
      </article>
    </li>
  )
}
