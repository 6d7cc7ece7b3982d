import type { ReactNode } from 'react'

import { cn } from '@/lib/cn'

export type NumberedNote = {
  /** The anchor other places link to ("fn-2", "note-para-9-date"); the note lights up when reached. */
  id: string
  number: number
  content: ReactNode
}

/** Numbered notes (footnotes, editorial notes), each an anchor with its number set in a column of its own. */
export function NoteList({ notes, className }: { notes: NumberedNote[]; className?: string }) {
  return (
    <ol className={cn('text-sm/6 text-slate-700', className)}>
      {notes.map((note) => (
        <li key={note.id} value={note.number} id={note.id} className="flex scroll-mt-6 gap-3 rounded-sm target:bg-accent-50">
          <span className="w-5 shrink-0 text-right font-medium text-slate-900 tabular-nums">{note.number}.</span>
          <p className="min-w-0">{note.content}</p>
        </li>
      ))}
    </ol>
  )
}
