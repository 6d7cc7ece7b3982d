import Link from 'next/link'

import { InlineList } from '@/components/ui/inline-list'
import { TextLink } from '@/components/ui/text-link'
import type { OutlinedParagraph, OutlinedSection } from '@/lib/catalogue/report-outline'

import { ItemCode, ItemKindBadge } from './item-badges'
import { ParagraphText } from './paragraph-text'

/** One section of the report, each paragraph at `#p{number}` so items and citations can link to it. */
export function ReportSection({ section }: { section: OutlinedSection }) {
  return (
    <section id={section.id} aria-labelledby={`${section.id}-heading`} className="mt-12 scroll-mt-6">
      <h2 id={`${section.id}-heading`} className="border-b border-slate-200 pb-2 text-xl font-semibold tracking-tight text-slate-900">
        {section.title}
      </h2>
      <div className="mt-2 divide-y divide-slate-100">
        {section.paragraphs.map((paragraph) => (
          <ReportParagraph key={paragraph.number} paragraph={paragraph} />
        ))}
      </div>
    </section>
  )
}

function ReportParagraph({ paragraph }: { paragraph: OutlinedParagraph }) {
  const { number, notes, items } = paragraph
  return (
    <article
      id={`p${number}`}
      aria-labelledby={`p${number}-heading`}
      className="grid scroll-mt-6 grid-cols-[1.75rem_minmax(0,1fr)] gap-x-3 py-5 pr-3 target:bg-accent-50/60 sm:grid-cols-[3rem_minmax(0,1fr)] sm:gap-x-4 sm:pr-4"
    >
      <h3 id={`p${number}-heading`} className="pt-0.5 text-right text-base/7 font-semibold">
        <a
          href={`#p${number}`}
          className="rounded-sm text-slate-500 tabular-nums hover:text-primary-800 hover:underline hover:underline-offset-4"
        >
          <span className="sr-only">Paragraph </span>
          {number}
          <span aria-hidden="true">.</span>
        </a>
      </h3>
      <div className="min-w-0">
        <ParagraphText text={paragraph.text} footnoteRefs={paragraph.footnoteRefs} />
        {notes.length > 0 ? (
          <p className="mt-3 text-sm text-slate-600">
            {notes.length === 1 ? 'Editorial note ' : 'Editorial notes '}
            <InlineList
              items={notes.map((note) => ({ key: note.key, content: <TextLink href={`#note-${note.key}`}>{note.number}</TextLink> }))}
            />
          </p>
        ) : null}
        {items.length > 0 ? <ParagraphItems number={number} items={items} /> : null}
      </div>
    </article>
  )
}

function ParagraphItems({ number, items }: Pick<OutlinedParagraph, 'number' | 'items'>) {
  return (
    <div className="mt-4 rounded-ui border border-slate-200 bg-slate-50/70 px-3 py-2.5 sm:px-4">
      <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
        Items drawn from this paragraph<span className="sr-only">, paragraph {number}</span>
      </h4>
      <ul className="mt-1.5 space-y-1">
        {items.map((item) => (
          <li key={item.code} className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-sm/6">
            <Link href={`/catalogue/${encodeURIComponent(item.code)}`} className="group min-w-0 rounded-sm text-slate-900">
              <ItemCode code={item.code} className="mr-2 text-xs" />
              <span className="underline-offset-4 group-hover:text-primary-800 group-hover:underline">{item.title}</span>
            </Link>
            <ItemKindBadge kind={item.kind} className="text-[0.6875rem]" />
          </li>
        ))}
      </ul>
    </div>
  )
}
