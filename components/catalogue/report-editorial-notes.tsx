import { InlineList } from '@/components/ui/inline-list'
import { NoteList } from '@/components/ui/note-list'
import { TextLink } from '@/components/ui/text-link'
import type { NumberedEditorialNote } from '@/lib/catalogue/report-outline'

/** The editorial notes on the source, each at `#note-{key}`, linking the paragraphs it is about. */
export function ReportEditorialNotes({ notes }: { notes: NumberedEditorialNote[] }) {
  return (
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
      <NoteList
        className="mt-4 space-y-2.5"
        notes={notes.map((note) => ({
          id: `note-${note.key}`,
          number: note.number,
          content: (
            <>
              {note.note}{' '}
              <span className="whitespace-nowrap text-slate-600">
                ({note.paragraphs.length === 1 ? 'para ' : 'paras '}
                <InlineList
                  items={note.paragraphs.map((paragraph) => ({
                    key: paragraph,
                    content: <TextLink href={`#p${paragraph}`}>{paragraph}</TextLink>,
                  }))}
                />
                )
              </span>
            </>
          ),
        }))}
      />
    </aside>
  )
}
