import { Badge } from '@/components/ui/badge'
import { TextLink } from '@/components/ui/text-link'
import { formatDateTime } from '@/lib/dates'
import { withArticle } from '@/lib/drafts/draft-kind'
import type { Share } from '@/lib/drafts/drafts'
import { visibilityLabels } from '@/lib/visibility/labels'

import type { DraftView } from './draft-view'

type SharedDraftListProps<Content> = {
  view: DraftView<Content>
  /** "Shared positions". */
  title: string
  /** Already scoped by lib to what the viewer may read, and without the viewer's own delegation. */
  shares: Share<Content>[]
  /** How many there are in all: `shares` may be only the newest of them. */
  total: number
  /** The page with all of them, at the list with the given id. */
  showAllHref: (anchor: string) => string
  /** The item's quoted text, for kinds that show changes to it. */
  itemText: string
}

/** Other delegations' current shares of one kind on one item, newest first. */
export function SharedDraftList<Content>({ view, title, shares, total, showAllHref, itemText }: SharedDraftListProps<Content>) {
  const sectionId = `shared-${view.idPrefix}`
  const headingId = `${sectionId}-heading`
  const more = total - shares.length
  return (
    <section id={sectionId} aria-labelledby={headingId} className="scroll-mt-6">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        The latest version each delegation has shared with you on this item, the most recent first.
        {more > 0 ? ` Showing ${shares.length} of ${total}.` : null}
      </p>
      {shares.length > 0 ? (
        <ul className="mt-4 space-y-4">
          {shares.map((share) => {
            const articleId = `shared-${view.idPrefix}-${share.delegation.code}`
            return (
              <li key={share.delegation.code}>
                <article aria-labelledby={articleId} className="rounded-card border border-slate-200 bg-white p-5 shadow-xs">
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <h3 id={articleId} className="text-base font-semibold text-slate-900">
                      {share.delegation.name}
                    </h3>
                    {share.delegation.kind === 'observer' ? <Badge>Observer</Badge> : null}
                  </div>
                  {view.content(share, { itemText, className: 'mt-3' })}
                  <p className="mt-4 text-xs/5 text-slate-600">
                    Version {share.version}, shared by {share.sharedBy} on {formatDateTime(share.sharedAt)}.{' '}
                    <span className="whitespace-nowrap">Visible to: {visibilityLabels[share.visibility]}.</span>
                  </p>
                </article>
              </li>
            )
          })}
        </ul>
      ) : null}
      {more > 0 ? (
        <p className="mt-4 text-sm">
          <TextLink href={showAllHref(sectionId)}>
            Show all {total} {title.toLowerCase()} ({more} more)
          </TextLink>
        </p>
      ) : null}
      {total === 0 ? (
        <p className="mt-4 rounded-card border border-dashed border-slate-300 bg-slate-50 px-5 py-6 text-sm text-slate-700">
          No other delegation has shared {withArticle(view.noun)} on this item with you yet.
        </p>
      ) : null}
    </section>
  )
}
