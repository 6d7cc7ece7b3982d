import type { Metadata } from 'next'
import Link from 'next/link'

import { ItemCode, ItemKindBadge } from '@/components/catalogue/item-badges'
import { ParagraphText } from '@/components/catalogue/paragraph-text'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { getReport, type ReportView } from '@/lib/catalogue/queries'
import { getDb } from '@/lib/db'

// The report lives in the database, which only exists at run time.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Report',
  description:
    'The summary report of the GFMD Dialogue on the Global Compact for Migration (Geneva, 6 April 2017), paragraph by paragraph, with the catalogue items drawn from each.',
}

const inlineLink = 'rounded-sm font-medium text-primary-800 underline underline-offset-4 hover:text-primary-950'

const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "2017-04-06" → "6 April 2017". */
function formatDate(isoDate: string): string {
  return dayMonthYear.format(new Date(`${isoDate}T00:00:00Z`))
}

/** "Opening plenary" → "opening-plenary", for shareable section anchors. */
function slugify(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section'
  )
}

type ReportSection = ReportView['sections'][number] & { id: string }

function withSectionIds(sections: ReportView['sections']): ReportSection[] {
  const used = new Set<string>()
  return sections.map((section, index) => {
    const slug = slugify(section.title)
    const id = used.has(slug) ? `${slug}-${index + 1}` : slug
    used.add(id)
    return { ...section, id }
  })
}

/** "1–4", or "9" for a section of one paragraph. */
function paragraphRange(section: ReportSection): string {
  const first = section.paragraphs[0]?.number
  const last = section.paragraphs.at(-1)?.number
  if (first === undefined || last === undefined) return ''
  return first === last ? `${first}` : `${first}–${last}`
}

export default async function ReportPage() {
  const report = await getReport(getDb())

  if (!report) {
    return (
      <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-14 lg:px-8">
        <PageHeader title="Report" />
        <EmptyState
          className="mt-8"
          title="The report has not been imported yet."
          description={
            <p>
              Run{' '}
              <code className="rounded-sm bg-white px-1 py-0.5 font-mono text-slate-800 ring-1 ring-slate-200">
                npm run catalogue:import
              </code>
              .
            </p>
          }
        />
      </div>
    )
  }

  const sections = withSectionIds(report.sections)
  // Each note's number in the box, so a paragraph can point to the notes about it.
  const noteNumbers = new Map(report.editorialNotes.map((note, index) => [note.key, index + 1]))
  const notesOnParagraph = (paragraph: number) => report.editorialNotes.filter((note) => note.paragraphs.includes(paragraph))

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-14 lg:px-8">
      <PageHeader
        eyebrow={report.subtitle}
        title={report.title}
        description={
          <div className="space-y-1">
            <p>
              <time dateTime={report.date}>{formatDate(report.date)}</time>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">, </span>
              {report.time}
              <span aria-hidden="true"> · </span>
              <span className="sr-only">, </span>
              {report.place}
            </p>
            <p className="text-sm text-slate-600">
              Kept verbatim from the source file (SHA-256{' '}
              <code className="font-mono text-slate-700" title={report.checksum}>
                {report.checksum.slice(0, 12)}
              </code>
              ).
            </p>
          </div>
        }
      />

      <div className="mt-8 grid gap-10 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-12">
        <nav aria-labelledby="contents-heading" className="lg:sticky lg:top-6 lg:self-start">
          <div className="rounded-card border border-slate-200 bg-slate-50 p-4 lg:border-0 lg:bg-transparent lg:p-0">
            <h2 id="contents-heading" className="text-sm font-semibold text-slate-900">
              Contents
            </h2>
            <ol className="mt-3 space-y-1 text-sm">
              {report.editorialNotes.length > 0 ? (
                <li>
                  <a href="#editorial-notes" className="flex justify-between gap-3 rounded-sm py-1 text-slate-700 hover:text-primary-800">
                    Editorial notes
                  </a>
                </li>
              ) : null}
              {sections.map((section) => (
                <li key={section.id}>
                  <a
                    href={`#${section.id}`}
                    className="flex justify-between gap-3 rounded-sm py-1 text-slate-700 hover:text-primary-800 hover:underline hover:underline-offset-4"
                  >
                    <span>{section.title}</span>
                    <span className="shrink-0 text-slate-600 tabular-nums">
                      <span className="sr-only">paragraphs </span>¶ {paragraphRange(section)}
                    </span>
                  </a>
                </li>
              ))}
              {report.footnotes.length > 0 ? (
                <li>
                  <a
                    href="#footnotes"
                    className="flex justify-between gap-3 rounded-sm py-1 text-slate-700 hover:text-primary-800 hover:underline hover:underline-offset-4"
                  >
                    Footnotes
                  </a>
                </li>
              ) : null}
            </ol>
          </div>
        </nav>

        <div className="max-w-3xl min-w-0">
          {report.editorialNotes.length > 0 ? (
            <aside
              id="editorial-notes"
              aria-labelledby="editorial-notes-heading"
              className="scroll-mt-6 rounded-card border border-l-4 border-slate-200 border-l-accent-500 bg-slate-50 p-5"
            >
              <h2 id="editorial-notes-heading" className="text-base font-semibold text-slate-900">
                Editorial notes on the source
              </h2>
              <p className="mt-1 text-sm/6 text-slate-600">
                The report below is kept word for word. These notes record its slips and quirks, and how the catalogue reads them.
              </p>
              <ol className="mt-4 space-y-2.5 text-sm/6 text-slate-700">
                {report.editorialNotes.map((note, index) => (
                  <li key={note.key} id={`note-${note.key}`} className="flex scroll-mt-6 gap-3 rounded-sm target:bg-accent-50">
                    <span className="w-5 shrink-0 text-right font-medium text-slate-900 tabular-nums">{index + 1}.</span>
                    <p className="min-w-0">
                      {note.note}{' '}
                      <span className="whitespace-nowrap text-slate-600">
                        ({note.paragraphs.length === 1 ? 'para ' : 'paras '}
                        {note.paragraphs.map((paragraph, paragraphIndex) => (
                          <span key={paragraph}>
                            {paragraphIndex > 0 ? ', ' : null}
                            <a href={`#p${paragraph}`} className={inlineLink}>
                              {paragraph}
                            </a>
                          </span>
                        ))}
                        )
                      </span>
                    </p>
                  </li>
                ))}
              </ol>
            </aside>
          ) : null}

          {sections.map((section) => (
            <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`} className="mt-12 scroll-mt-6">
              <h2
                id={`${section.id}-heading`}
                className="border-b border-slate-200 pb-2 text-xl font-semibold tracking-tight text-slate-900"
              >
                {section.title}
              </h2>
              <div className="mt-2 divide-y divide-slate-100">
                {section.paragraphs.map((paragraph) => {
                  const notes = notesOnParagraph(paragraph.number)
                  return (
                    <article
                      key={paragraph.number}
                      id={`p${paragraph.number}`}
                      aria-labelledby={`p${paragraph.number}-heading`}
                      className="grid scroll-mt-6 grid-cols-[1.75rem_minmax(0,1fr)] gap-x-3 py-5 pr-3 target:bg-accent-50/60 sm:grid-cols-[3rem_minmax(0,1fr)] sm:gap-x-4 sm:pr-4"
                    >
                      <h3 id={`p${paragraph.number}-heading`} className="pt-0.5 text-right text-base/7 font-semibold">
                        <a
                          href={`#p${paragraph.number}`}
                          className="rounded-sm text-slate-500 tabular-nums hover:text-primary-800 hover:underline hover:underline-offset-4"
                        >
                          <span className="sr-only">Paragraph </span>
                          {paragraph.number}
                          <span aria-hidden="true">.</span>
                        </a>
                      </h3>
                      <div className="min-w-0">
                        <ParagraphText text={paragraph.text} footnoteRefs={paragraph.footnoteRefs} />
                        {notes.length > 0 ? (
                          <p className="mt-3 text-sm text-slate-600">
                            {notes.length === 1 ? 'Editorial note ' : 'Editorial notes '}
                            {notes.map((note, index) => (
                              <span key={note.key}>
                                {index > 0 ? ', ' : null}
                                <a href={`#note-${note.key}`} className={inlineLink}>
                                  {noteNumbers.get(note.key)}
                                </a>
                              </span>
                            ))}
                          </p>
                        ) : null}
                        {paragraph.items.length > 0 ? <ParagraphItems number={paragraph.number} items={paragraph.items} /> : null}
                      </div>
                    </article>
                  )
                })}
              </div>
            </section>
          ))}

          {report.footnotes.length > 0 ? (
            <section id="footnotes" aria-labelledby="footnotes-heading" className="mt-12 scroll-mt-6 border-t-2 border-slate-300 pt-6">
              <h2 id="footnotes-heading" className="text-base font-semibold text-slate-900">
                Footnotes
              </h2>
              <ol className="mt-4 space-y-3 text-sm/6 text-slate-700">
                {report.footnotes.map((footnote) => (
                  <li
                    key={footnote.number}
                    value={footnote.number}
                    id={`fn-${footnote.number}`}
                    className="flex scroll-mt-6 gap-3 rounded-sm target:bg-accent-50"
                  >
                    <span className="w-5 shrink-0 text-right font-medium text-slate-900 tabular-nums">{footnote.number}.</span>
                    <p className="min-w-0">
                      {footnote.text}{' '}
                      <span className="whitespace-nowrap text-slate-600">
                        (
                        <a href={`#p${footnote.paragraph}`} className={inlineLink}>
                          para {footnote.paragraph}
                        </a>
                        ){' '}
                        <a
                          href={`#fnref-${footnote.number}`}
                          aria-label={`Back to the reference to footnote ${footnote.number} in paragraph ${footnote.paragraph}`}
                          className={inlineLink}
                        >
                          ↩
                        </a>
                      </span>
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </div>
      </div>
    </div>
  )
}

function ParagraphItems({ number, items }: { number: number; items: ReportView['sections'][number]['paragraphs'][number]['items'] }) {
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
