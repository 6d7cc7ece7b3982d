import { cn } from '@/lib/cn'
import { diffWording, type WordingChange } from '@/lib/positions/wording-diff'

/** Proposed wording against the item's text, word by word: removals struck through, additions underlined, each also named for screen readers. */
export function WordingDiff({ itemText, proposedWording, className }: { itemText: string; proposedWording: string; className?: string }) {
  return <DiffText parts={diffWording(itemText, proposedWording)} className={className} />
}

/** Any word difference (a wording, a rationale since the version reviewed), shown the same way. */
export function DiffText({ parts, className }: { parts: WordingChange[]; className?: string }) {
  return (
    <p className={cn('leading-7 whitespace-pre-line text-slate-800', className)}>
      {parts.map((part, index) =>
        part.change === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.change === 'removed' ? (
          <del key={index} className="rounded-sm bg-red-50 text-red-900 decoration-red-700 decoration-2">
            <span className="sr-only">[removed: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={index} className="rounded-sm bg-emerald-50 text-emerald-900 decoration-emerald-700 decoration-2 underline-offset-2">
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  )
}
