import type { ReactNode } from 'react'

import { cn } from '@/lib/cn'

type EmptyStateProps = {
  title: ReactNode
  description?: ReactNode
  /** A button or link that gets the person unstuck. */
  action?: ReactNode
  /** Keep headings in order: pick the level that fits the page. */
  headingLevel?: 'h2' | 'h3'
  className?: string
}

export function EmptyState({ title, description, action, headingLevel: Heading = 'h2', className }: EmptyStateProps) {
  return (
    <div
      className={cn(
        'flex flex-col items-center rounded-card border border-dashed border-slate-300 bg-slate-50 px-6 py-10 text-center',
        className,
      )}
    >
      <Heading className="text-base font-semibold text-slate-900">{title}</Heading>
      {description ? <div className="mt-2 max-w-md text-sm/6 text-slate-600">{description}</div> : null}
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  )
}
