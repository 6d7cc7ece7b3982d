import Markdown, { type Components } from 'react-markdown'

import { cn } from '@/lib/cn'

import { ExternalLink } from '@/components/ui/external-link'

/** Only web and mail links: no javascript:, data: or relative tricks. */
function safeHref(href: string | undefined): string | null {
  if (!href) return null
  try {
    const url = new URL(href)
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null
  } catch {
    return null
  }
}

const components: Components = {
  a: ({ href, children }) => {
    const safe = safeHref(href)
    return safe ? <ExternalLink href={safe}>{children}</ExternalLink> : <span>{children}</span>
  },
  // Images would load from anywhere (and track readers): their alt text stands in.
  img: ({ alt }) => (alt ? <span>[{alt}]</span> : null),
  // A comment's headings would compete with the page's own: shown as bold paragraphs.
  h1: ({ children }) => <p className="font-semibold">{children}</p>,
  h2: ({ children }) => <p className="font-semibold">{children}</p>,
  h3: ({ children }) => <p className="font-semibold">{children}</p>,
  h4: ({ children }) => <p className="font-semibold">{children}</p>,
  h5: ({ children }) => <p className="font-semibold">{children}</p>,
  h6: ({ children }) => <p className="font-semibold">{children}</p>,
  ul: ({ children }) => <ul className="list-disc space-y-1 pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="list-decimal space-y-1 pl-5">{children}</ol>,
  blockquote: ({ children }) => <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-700">{children}</blockquote>,
  code: ({ children }) => <code className="rounded-sm bg-slate-100 px-1 font-mono text-[0.9em]">{children}</code>,
  pre: ({ children }) => <pre className="overflow-x-auto rounded-ui bg-slate-100 p-3 text-sm">{children}</pre>,
}

/**
 * A comment's Markdown. react-markdown builds React elements, never HTML
 * strings, and without rehype-raw any HTML in the text is shown as text.
 */
export function CommentMarkdown({ body, className }: { body: string; className?: string }) {
  return (
    <div className={cn('space-y-3 text-sm/6 break-words text-slate-900', className)}>
      <Markdown components={components} skipHtml={false}>
        {body}
      </Markdown>
    </div>
  )
}
