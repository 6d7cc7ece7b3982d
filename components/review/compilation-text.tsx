import { Fragment } from 'react'

import { PageSection } from '@/components/ui/page-section'
import { attribution, DELETED_TEXT, type CompilationAlternative, type CompilationText } from '@/lib/review/compilation-text'

/** Who an alternative is attributed to, as the page shows it; a screen reader also hears who proposed it. */
function Attribution({ alternative }: { alternative: CompilationAlternative }) {
  return (
    <span className="text-xs font-medium text-slate-600">
      {' ('}
      {alternative.isItemText ? null : <span className="sr-only">proposed by </span>}
      {attribution(alternative)})
    </span>
  )
}

/**
 * The secretariat's consolidated draft of the item: the item's text, with a
 * bracket wherever proposals differ. The brackets, slashes and attributions
 * are text, so nothing rests on colour; to a screen reader each bracket is a
 * list of alternatives.
 */
export function CompilationTextView({ compilation }: { compilation: CompilationText }) {
  // Brackets are numbered in reading order, to tell their lists apart.
  const places = compilation.segments.map((segment, index) =>
    segment.kind === 'alternatives' ? compilation.segments.slice(0, index + 1).filter(({ kind }) => kind === 'alternatives').length : 0,
  )
  return (
    <PageSection id="compilation-text" title="Compilation text">
      <p className="mt-1 text-sm text-slate-600">
        For the secretariat: the item’s text, with the alternatives in brackets wherever the shared proposals change it. Each alternative is
        followed by the delegations that proposed it; “item text” marks the item’s own words.
      </p>
      <p className="mt-4 rounded-card border border-slate-200 bg-white p-5 leading-8 whitespace-pre-line text-slate-900 shadow-xs">
        {compilation.segments.map((segment, index) => {
          if (segment.kind === 'kept') return <span key={index}>{segment.text}</span>
          return (
            <span key={index} className="rounded-sm bg-amber-50 box-decoration-clone px-0.5 ring-1 ring-amber-300 ring-inset">
              <span aria-hidden="true" className="font-semibold text-amber-900">
                [
              </span>
              <span role="list" aria-label={`Alternatives at place ${places[index]}`}>
                {segment.alternatives.map((alternative, position) => (
                  <Fragment key={position}>
                    {position > 0 ? (
                      <span aria-hidden="true" className="font-semibold text-amber-900">
                        {' / '}
                      </span>
                    ) : null}
                    <span role="listitem">
                      <span className={alternative.text ? undefined : 'italic'}>{alternative.text || DELETED_TEXT}</span>
                      <Attribution alternative={alternative} />
                    </span>
                  </Fragment>
                ))}
              </span>
              <span aria-hidden="true" className="font-semibold text-amber-900">
                ]
              </span>
            </span>
          )
        })}
      </p>
      {!places.some(Boolean) ? <p className="mt-2 text-sm text-slate-600">No shared proposal changes the item’s text.</p> : null}
    </PageSection>
  )
}
