import type { ReactNode } from 'react'

import type { TextRange } from '@/lib/catalogue/locate-quote'
import type { FootnoteRef } from '@/lib/catalogue/parse-report'
import { isFootnoteSegment, segmentParagraph, type Segment } from '@/lib/catalogue/segment-paragraph'
import { cn } from '@/lib/cn'

type ParagraphTextProps = {
  /** The stored paragraph text: lead text, then "- " list items on their own lines. */
  text: string
  footnoteRefs: FootnoteRef[]
  /** The quoted words to mark, as offsets into `text` (see locateQuote). */
  highlight?: TextRange | null
  /** Where a footnote citation links to; the footnotes usually sit lower on the same page. */
  footnoteHref?: (footnote: number) => string
  className?: string
}

const defaultFootnoteHref = (footnote: number) => `#fn-${footnote}`

/** A report paragraph as the report lays it out, with the quoted words marked. */
export function ParagraphText({ text, footnoteRefs, highlight, footnoteHref = defaultFootnoteHref, className }: ParagraphTextProps) {
  const blocks = segmentParagraph(text, { highlight, footnoteRefs })
  const renderSegments = (segments: Segment[]) => segments.map((segment, index) => renderSegment(segment, index, footnoteHref))

  return (
    <div className={cn('space-y-3 text-base/7 text-slate-800', className)}>
      {blocks.map((block, index) =>
        block.kind === 'text' ? (
          <p key={index}>{renderSegments(block.segments)}</p>
        ) : (
          <ul key={index} className="list-disc space-y-1.5 pl-6 marker:text-slate-500">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex} className="pl-1">
                {renderSegments(item)}
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  )
}

function renderSegment(segment: Segment, key: number, footnoteHref: (footnote: number) => string): ReactNode {
  if (isFootnoteSegment(segment)) {
    const { footnote } = segment
    return (
      <sup key={key}>
        <a
          href={footnoteHref(footnote)}
          id={`fnref-${footnote}`}
          aria-label={`Footnote ${footnote}`}
          className="rounded-sm px-0.5 font-medium text-primary-700 underline underline-offset-2 hover:text-primary-900"
        >
          {footnote}
        </a>
      </sup>
    )
  }
  if (!segment.highlighted) return segment.text
  // The text stays the body colour so contrast holds; the ochre tint alone shows the quote.
  // box-decoration-clone keeps the padding on every line of a mark that wraps.
  return (
    <mark key={key} className="rounded-sm bg-accent-100 box-decoration-clone px-0.5 text-slate-900">
      {segment.text}
    </mark>
  )
}
