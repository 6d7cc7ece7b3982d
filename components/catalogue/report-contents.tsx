import type { OutlinedSection } from '@/lib/catalogue/report-outline'

const contentsLink =
  'flex justify-between gap-3 rounded-sm py-1 text-slate-700 hover:text-primary-800 hover:underline hover:underline-offset-4'

type ReportContentsProps = {
  sections: Pick<OutlinedSection, 'id' | 'title' | 'paragraphRange'>[]
  hasEditorialNotes: boolean
  hasFootnotes: boolean
}

/** The report's table of contents: in-page anchors, so the reader's place is a shareable address. */
export function ReportContents({ sections, hasEditorialNotes, hasFootnotes }: ReportContentsProps) {
  return (
    <nav aria-labelledby="contents-heading" className="lg:sticky lg:top-6 lg:self-start">
      <div className="rounded-card border border-slate-200 bg-slate-50 p-4 lg:border-0 lg:bg-transparent lg:p-0">
        <h2 id="contents-heading" className="text-sm font-semibold text-slate-900">
          Contents
        </h2>
        <ol className="mt-3 space-y-1 text-sm">
          {hasEditorialNotes ? (
            <li>
              <a href="#editorial-notes" className={contentsLink}>
                Editorial notes
              </a>
            </li>
          ) : null}
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className={contentsLink}>
                <span>{section.title}</span>
                <span className="shrink-0 text-slate-600 tabular-nums">
                  <span className="sr-only">paragraphs </span>¶ {section.paragraphRange}
                </span>
              </a>
            </li>
          ))}
          {hasFootnotes ? (
            <li>
              <a href="#footnotes" className={contentsLink}>
                Footnotes
              </a>
            </li>
          ) : null}
        </ol>
      </div>
    </nav>
  )
}
