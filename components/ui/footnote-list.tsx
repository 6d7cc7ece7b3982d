import { NoteList } from './note-list'
import { TextLink } from './text-link'

export type Footnote = {
  number: number
  text: string
  /** The paragraph that cites it, linked as "(para 9)": give it where the list gathers several paragraphs' footnotes. */
  paragraph?: number
}

type FootnoteListProps = {
  footnotes: Footnote[]
  className?: string
}

/**
 * A report's footnotes, each at `#fn-N` with a "↩" back to its reference
 * (`#fnref-N`, which ParagraphText renders). Paragraphs are linked at `#pN`
 * on the same page.
 */
export function FootnoteList({ footnotes, className }: FootnoteListProps) {
  return (
    <NoteList
      className={className}
      notes={footnotes.map((footnote) => ({
        id: `fn-${footnote.number}`,
        number: footnote.number,
        content: (
          <>
            {footnote.text}{' '}
            <span className="whitespace-nowrap text-slate-600">
              {footnote.paragraph !== undefined ? (
                <>
                  (<TextLink href={`#p${footnote.paragraph}`}>para {footnote.paragraph}</TextLink>){' '}
                </>
              ) : null}
              <TextLink
                href={`#fnref-${footnote.number}`}
                aria-label={`Back to the reference to footnote ${footnote.number}${footnote.paragraph !== undefined ? ` in paragraph ${footnote.paragraph}` : ''}`}
              >
                ↩
              </TextLink>
            </span>
          </>
        ),
      }))}
    />
  )
}
