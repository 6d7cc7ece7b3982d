import Link from 'next/link'
import type { ComponentProps } from 'react'

import { cn } from '@/lib/cn'

const variants = {
  default: 'rounded-sm font-medium text-primary-800 underline underline-offset-4 hover:text-primary-950',
  // For rows that hold many links: a lighter underline keeps them legible without shouting.
  subtle:
    'rounded-sm text-primary-800 underline decoration-primary-300 underline-offset-4 hover:text-primary-950 hover:decoration-primary-800',
  // For the footer, where links sit in grey small print.
  muted: 'rounded-sm text-slate-700 underline underline-offset-4 hover:text-primary-800',
} as const

export type TextLinkVariant = keyof typeof variants

/** Classes for anything that should look like a link in running text: a plain <a>, or a button that opens something. */
export function textLinkClasses(variant: TextLinkVariant = 'default', className?: string): string {
  return cn(variants[variant], className)
}

type TextLinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  href: string
  variant?: TextLinkVariant
}

/**
 * A link in running text. Pages go through next/link; an in-page anchor ("#p16")
 * stays a plain <a>, so the browser scrolls to it and sets :target, which the
 * report's highlight of the paragraph or footnote reached relies on.
 */
export function TextLink({ href, variant, className, ...props }: TextLinkProps) {
  const classes = textLinkClasses(variant, className)
  return href.startsWith('#') ? <a href={href} className={classes} {...props} /> : <Link href={href} className={classes} {...props} />
}
