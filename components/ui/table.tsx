import Link from 'next/link'
import type { ComponentProps, ReactNode } from 'react'

import { cn } from '@/lib/cn'

type ScrollTableProps = {
  /** Names the scroll region for screen readers, e.g. "Users". */
  label: string
  children: ReactNode
  className?: string
}

/**
 * Tables of accounts and items have more columns than a phone is wide: they
 * scroll sideways inside their own region (focusable, so keyboard users can
 * scroll it too) instead of widening the page.
 */
export function ScrollTable({ label, children, className }: ScrollTableProps) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cn('overflow-x-auto rounded-card border border-slate-200 bg-white shadow-xs', className)}
    >
      <table className="w-full border-collapse text-left text-sm [&_tr:last-child>*]:border-b-0">{children}</table>
    </div>
  )
}

/**
 * For the column that names the row: it stays in view while the rest scrolls
 * sideways. Not on phones, where it would take most of the width.
 */
export const stickyColumn = 'sm:sticky sm:left-0 sm:z-10 sm:shadow-[1px_0_0_var(--color-slate-200)]'

export function Th({ className, ...props }: ComponentProps<'th'>) {
  return (
    <th
      scope="col"
      className={cn(
        'border-b border-slate-200 bg-slate-50 px-3 py-2.5 text-xs font-semibold tracking-wide text-slate-700 uppercase',
        className,
      )}
      {...props}
    />
  )
}

const sortWords = { asc: 'ascending', desc: 'descending' } as const

type SortableThProps = Omit<ComponentProps<'th'>, 'children'> & {
  /** The column's name. */
  label: string
  /** The column's order now; null when the table is sorted by another column. */
  current: keyof typeof sortWords | null
  /** The same view sorted by this column, and the way that link sorts. */
  href: string
  dir: keyof typeof sortWords
}

/**
 * A column header that sorts: a link to the sorted view (so it works without
 * JavaScript and the order is in the address), with aria-sort on the sorted one.
 */
export function SortableTh({ label, current, href, dir, className, ...props }: SortableThProps) {
  return (
    <Th aria-sort={current ? sortWords[current] : undefined} className={className} {...props}>
      <Link
        href={href}
        // The table stays where it is: only its order changes.
        scroll={false}
        className="inline-flex items-baseline gap-1 rounded-sm uppercase underline-offset-4 hover:text-slate-950 hover:underline"
      >
        {label}
        <span aria-hidden="true" className={current ? 'text-slate-900' : 'text-slate-400'}>
          {current === 'asc' ? '▲' : current === 'desc' ? '▼' : '↕'}
        </span>
        <span className="sr-only">, sort {sortWords[dir]}</span>
      </Link>
    </Th>
  )
}

export function Td({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cn('border-b border-slate-100 bg-white px-3 py-3 align-top text-slate-800', className)} {...props} />
}

/** The cell that names its row (a person, a delegation): a row header for screen readers. */
export function RowHeader({ className, ...props }: ComponentProps<'th'>) {
  return (
    <th
      scope="row"
      className={cn('border-b border-slate-100 bg-white px-3 py-3 text-left align-top font-normal text-slate-800', className)}
      {...props}
    />
  )
}

/** What a cell shows where there is nothing: a person without a delegation, a delegation without a regional group. */
export function NoneText() {
  return <span className="text-slate-500">None</span>
}
