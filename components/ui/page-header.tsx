import type { ReactNode } from 'react'

import { cn } from '@/lib/cn'

type PageHeaderProps = {
  title: ReactNode
  description?: ReactNode
  /** Buttons or links shown beside the title on wide screens, below it on narrow ones. */
  actions?: ReactNode
  /** A short line above the title, e.g. the section name. */
  eyebrow?: ReactNode
  className?: string
}

/** The page's single <h1>, with an optional description and actions. */
export function PageHeader({ title, description, actions, eyebrow, className }: PageHeaderProps) {
  return (
    <div className={cn('flex flex-col gap-4 border-b border-slate-200 pb-6 sm:flex-row sm:items-end sm:justify-between', className)}>
      <div className="max-w-3xl min-w-0">
        {eyebrow ? <p className="text-sm font-medium text-primary-700">{eyebrow}</p> : null}
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-balance text-slate-900 sm:text-3xl">{title}</h1>
        {description ? <div className="mt-3 text-base/7 text-slate-600">{description}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-3">{actions}</div> : null}
    </div>
  )
}
