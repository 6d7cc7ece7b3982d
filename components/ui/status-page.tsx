import type { ReactNode } from 'react'

import { cn } from '@/lib/cn'

type StatusPageProps = {
  /** "Error 404". */
  eyebrow: string
  title: string
  /** For a failure: announced at once, and marked in red. */
  isAlert?: boolean
  /** What happened and what to do. */
  children: ReactNode
  /** The ways on from here. */
  actions: ReactNode
}

/** A page that stands in for the one asked for: not found, no access, an error. */
export function StatusPage({ eyebrow, title, isAlert, children, actions }: StatusPageProps) {
  return (
    <div className="mx-auto max-w-page px-4 py-16 sm:px-6 sm:py-24 lg:px-8">
      <div role={isAlert ? 'alert' : undefined} className="max-w-xl">
        <p className={cn('text-sm font-semibold', isAlert ? 'text-red-800' : 'text-primary-700')}>{eyebrow}</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
        {children}
        <div className="mt-8 flex flex-wrap gap-3">{actions}</div>
      </div>
    </div>
  )
}
