import type { ReactNode } from 'react'

type PageSectionProps = {
  /** The heading is `{id}-heading`, and labels the section. */
  id: string
  title: ReactNode
  /** For a heading that says what the section now shows (a count), so screen readers hear it change. */
  isLive?: boolean
  className?: string
  children: ReactNode
}

/** A titled region of a page, under its single <h1>. */
export function PageSection({ id, title, isLive, className, children }: PageSectionProps) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} aria-live={isLive ? 'polite' : undefined} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  )
}
