import { formatDateTime } from '@/lib/dates'
import type { ReviewHistoryEntry, ReviewerNoteView } from '@/lib/review/review-detail'
import { reviewStateLabels } from '@/lib/review/review-states'

/** Every review action on the input, newest first: who, when, from which state to which. */
export function ReviewHistory({ entries }: { entries: ReviewHistoryEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">No review action yet.</p>
  return (
    <ol className="space-y-2 text-sm/6">
      {entries.map((entry) => (
        <li key={entry.id}>
          <span className="font-medium text-slate-900">{entry.actor}</span>, {formatDateTime(entry.at)}: version {entry.version} from “
          {reviewStateLabels[entry.before]}” to “{reviewStateLabels[entry.after]}”
        </li>
      ))}
    </ol>
  )
}

/** The secretariat's private notes on the input, newest first. */
export function ReviewerNotes({ notes }: { notes: ReviewerNoteView[] }) {
  if (notes.length === 0) return <p className="text-sm text-slate-600">No notes yet.</p>
  return (
    <ol className="space-y-3">
      {notes.map((note) => (
        <li key={note.id} className="rounded-ui border border-slate-200 bg-slate-50 p-3 text-sm/6">
          <p className="font-medium text-slate-800">
            {note.author}, <span className="font-normal text-slate-600">{formatDateTime(note.at)}</span>
          </p>
          <p className="mt-1 whitespace-pre-line text-slate-900">{note.body}</p>
        </li>
      ))}
    </ol>
  )
}
