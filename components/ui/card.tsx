import type { ComponentProps, HTMLAttributes, ReactNode } from 'react'

import { cn } from '@/lib/cn'

type CardProps = HTMLAttributes<HTMLElement> & {
  /** Render as a sectioning element when the card is a self-contained piece. */
  as?: 'div' | 'section' | 'article' | 'li'
}

export function Card({ as: Element = 'div', className, ...props }: CardProps) {
  return <Element className={cn('rounded-card border border-slate-200 bg-white p-5 shadow-xs sm:p-6', className)} {...props} />
}

type CardTitleProps = {
  children: ReactNode
  /** Keep headings in order: pick the level that fits the page. */
  as?: 'h2' | 'h3' | 'h4'
  className?: string
}

export function CardTitle({ children, as: Heading = 'h2', className }: CardTitleProps) {
  return <Heading className={cn('text-base font-semibold text-slate-900', className)}>{children}</Heading>
}

export function CardDescription({ className, ...props }: ComponentProps<'p'>) {
  return <p className={cn('mt-2 text-sm/6 text-slate-600', className)} {...props} />
}
