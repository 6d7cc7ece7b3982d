import Link from 'next/link'

import { FootnoteList } from '@/components/ui/footnote-list'
import { InlineList } from '@/components/ui/inline-list'
import { TextLink } from '@/components/ui/text-link'
import { cn } from '@/lib/cn'
import type { ItemDetail } from '@/lib/catalogue/queries'

import { ClusterBadge, ItemCode, ItemKindBadge } from './item-badges'
import { ParagraphText } from './paragraph-text'

const asideHeading = 'text-sm font-semibold text-slate-900'

/** The item's code, kind and title, where it comes from, and (signed in) a way to the delegations' work on it. */
export function ItemHeader({ item, inputsLink }: { item: ItemDetail; inputsLink: string | null }) {
  return (
    <>
      <header className="mt-6 border-b border-slate-200 pb-6">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
          <ItemCode code={item.code} className="text-base" />
          <ItemKindBadge kind={item.kind} />
          {item.retired ? <span className="text-sm font-medium text-amber-900">Retired</span> : null}
        </div>
        <h1 className="mt-2 max-w-3xl text-2xl font-semibold tracking-tight text-balance text-slate-900 sm:text-3xl">{item.title}</h1>
        <p className="mt-3 text-sm text-slate-600">
          Source:{' '}
          <InlineList
            items={item.paragraphs.map((paragraph) => ({
              key: paragraph,
              content: <TextLink href={`/report#p${paragraph}`}>para {paragraph}</TextLink>,
            }))}
          />{' '}
          of the summary report
          {inputsLink ? (
            <>
              {' · '}
              <TextLink href="#positions">{inputsLink}</TextLink>
            </>
          ) : null}
        </p>
      </header>

      {item.retired ? (
        <div
          role="note"
          className="mt-6 rounded-card border border-l-4 border-amber-300 border-l-amber-600 bg-amber-50 px-4 py-3 text-sm/6"
        >
          <p className="font-semibold text-amber-950">Retired item</p>
          <p className="mt-0.5 text-amber-950">This item was retired from the catalogue; delegations’ inputs on it are kept.</p>
        </div>
      ) : null}
    </>
  )
}

/** The item's exact words, and who said them. */
export function ItemQuote({ item }: { item: ItemDetail }) {
  const actors = item.actors
  return (
    <figure className="mt-8 max-w-3xl">
      <blockquote className="border-l-4 border-primary-700 bg-primary-50/60 py-4 pr-4 pl-5 text-lg/8 text-slate-900 sm:pr-6">
        <p>“{item.text}”</p>
      </blockquote>
      {actors.length > 0 ? (
        <figcaption className="mt-3 pl-5 text-sm/6 text-slate-700">
          <span className="sr-only">Said by </span>
          <span aria-hidden="true">— </span>
          <cite className="not-italic">
            <InlineList
              separator="; "
              items={actors.map((actor) => ({
                key: actor.key,
                content: (
                  <>
                    <TextLink href={`/catalogue?actor=${encodeURIComponent(actor.key)}`}>{actor.name}</TextLink>
                    {actor.role ? `, ${actor.role}` : null}
                    {actor.organisation && !actor.role?.includes(actor.organisation) ? ` (${actor.organisation})` : null}
                  </>
                ),
              }))}
            />
          </cite>
        </figcaption>
      ) : null}
    </figure>
  )
}

/** The item's clusters and objectives beside the paragraphs it comes from, its footnotes and editorial notes. */
export function ItemContext({ item }: { item: ItemDetail }) {
  // The details come before the context for readers on narrow screens; wide screens show them beside it.
  return (
    <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_19rem] lg:gap-12">
      <div className="space-y-8 border-b border-slate-200 pb-8 lg:col-start-2 lg:row-start-1 lg:border-b-0 lg:border-l lg:pb-0 lg:pl-8">
        <section aria-labelledby="clusters-heading">
          <h2 id="clusters-heading" className={asideHeading}>
            GCM thematic clusters
          </h2>
          <ul className="mt-3 space-y-3">
            {item.clusters.map((cluster) => (
              <li key={cluster.number}>
                <Link href={`/catalogue?cluster=${cluster.number}`} className="group block rounded-sm text-sm/6">
                  <ClusterBadge number={cluster.number} />
                  <span className="mt-1 block text-slate-700 underline decoration-slate-300 underline-offset-4 group-hover:text-primary-800 group-hover:decoration-primary-800">
                    {cluster.title}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="objectives-heading">
          <h2 id="objectives-heading" className={asideHeading}>
            2018 GCM objectives it anticipates
          </h2>
          {item.objectives.length > 0 ? (
            <ul className="mt-3 space-y-2 text-sm/6 text-slate-700">
              {item.objectives.map((objective) => (
                <li key={objective.number}>
                  <span className="font-medium text-slate-900">Objective {objective.number}</span> — {objective.title}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm text-slate-600">No 2018 objective linked.</p>
          )}
        </section>
      </div>
      <div className="min-w-0 space-y-10 lg:col-start-1 lg:row-start-1">
        <section aria-labelledby="context-heading">
          <h2 id="context-heading" className="text-lg font-semibold text-slate-900">
            In the report
          </h2>
          <p className="mt-1 text-sm text-slate-600">The quoted words are highlighted.</p>
          <div className="mt-4 space-y-6">
            {item.context.map((paragraph) => (
              <article
                key={paragraph.number}
                aria-labelledby={`context-${paragraph.number}`}
                className="rounded-card border border-slate-200 bg-white p-5 shadow-xs sm:p-6"
              >
                <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                  <div>
                    <p className="text-xs font-medium tracking-wide text-slate-600 uppercase">{paragraph.section}</p>
                    <h3 id={`context-${paragraph.number}`} className="mt-0.5 text-base font-semibold text-slate-900">
                      Paragraph {paragraph.number}
                    </h3>
                  </div>
                  <TextLink href={`/report#p${paragraph.number}`} className="text-sm">
                    Read in the report<span className="sr-only"> (paragraph {paragraph.number})</span>
                  </TextLink>
                </div>
                <ParagraphText
                  className="mt-4"
                  text={paragraph.text}
                  footnoteRefs={paragraph.footnoteRefs}
                  highlight={paragraph.highlight}
                  footnoteHref={(footnote) => `#fn-${footnote}`}
                />
                {paragraph.footnotes.length > 0 ? (
                  <div className="mt-5 border-t border-slate-200 pt-4">
                    <h4 className="sr-only">Footnotes to paragraph {paragraph.number}</h4>
                    <FootnoteList footnotes={paragraph.footnotes} className="space-y-2" />
                  </div>
                ) : null}
              </article>
            ))}
          </div>
        </section>

        {item.editorialNotes.length > 0 ? (
          <aside aria-labelledby="editorial-notes-heading" className="rounded-card border border-slate-200 bg-slate-50 p-5">
            <h2 id="editorial-notes-heading" className="text-sm font-semibold text-slate-900">
              {item.editorialNotes.length === 1 ? 'Editor’s note' : 'Editor’s notes'}
            </h2>
            <ul className="mt-2 space-y-2 text-sm/6 text-slate-700">
              {item.editorialNotes.map((note) => (
                <li key={note.key}>{note.note}</li>
              ))}
            </ul>
          </aside>
        ) : null}
      </div>
    </div>
  )
}

/** One way to a neighbouring item: its code and title under "Previous item" or "Next item". */
function NeighbourLink({ neighbour, rel, href }: { neighbour: { code: string; title: string }; rel: 'prev' | 'next'; href: string }) {
  return (
    <Link
      href={href}
      rel={rel}
      className={cn(
        'group block h-full rounded-card border border-slate-200 p-4 hover:border-primary-300 hover:bg-primary-50/40',
        rel === 'next' && 'text-right',
      )}
    >
      <span className="text-xs font-medium text-slate-600">
        {rel === 'prev' ? (
          <>
            <span aria-hidden="true">← </span>Previous item
          </>
        ) : (
          <>
            Next item<span aria-hidden="true"> →</span>
          </>
        )}
      </span>
      <span className="mt-1 block text-sm/6 text-slate-900 group-hover:text-primary-800">
        <ItemCode code={neighbour.code} /> {neighbour.title}
      </span>
    </Link>
  )
}

/** The previous and next items in the report's order, keeping the reader's catalogue view. */
export function ItemNavigation({ item, itemHref }: { item: ItemDetail; itemHref: (code: string) => string }) {
  if (!item.previous && !item.next) return null
  return (
    <nav aria-label="Item navigation" className="mt-12 border-t border-slate-200 pt-6">
      <ul className="grid gap-4 sm:grid-cols-2">
        <li>{item.previous ? <NeighbourLink neighbour={item.previous} rel="prev" href={itemHref(item.previous.code)} /> : null}</li>
        <li>{item.next ? <NeighbourLink neighbour={item.next} rel="next" href={itemHref(item.next.code)} /> : null}</li>
      </ul>
    </nav>
  )
}
