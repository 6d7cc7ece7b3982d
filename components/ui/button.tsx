import Link from 'next/link'
import type { ComponentProps } from 'react'

import { cn } from '@/lib/cn'

const variants = {
  primary: 'bg-primary-700 text-white shadow-sm hover:bg-primary-800 active:bg-primary-900 disabled:bg-slate-300 disabled:text-slate-600',
  secondary:
    'bg-white text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50 active:bg-slate-100 disabled:text-slate-500',
  ghost: 'bg-transparent text-primary-800 hover:bg-primary-50 active:bg-primary-100 disabled:text-slate-500',
} as const

const sizes = {
  sm: 'h-8 gap-1.5 px-3 text-sm',
  md: 'h-10 gap-2 px-4 text-sm',
  lg: 'h-11 gap-2 px-5 text-base',
} as const

export type ButtonVariant = keyof typeof variants
export type ButtonSize = keyof typeof sizes

type ButtonStyle = {
  variant?: ButtonVariant
  size?: ButtonSize
  className?: string
}

/** Classes for anything that should look like a button. */
export function buttonClasses({ variant = 'primary', size = 'md', className }: ButtonStyle = {}): string {
  return cn(
    'inline-flex shrink-0 items-center justify-center rounded-ui font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed',
    variants[variant],
    sizes[size],
    className,
  )
}

type ButtonProps = ComponentProps<'button'> & Omit<ButtonStyle, 'className'>

/** A real <button>; `type` defaults to "button" so it never submits by accident. */
export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses({ variant, size, className })} {...props} />
}

type ButtonLinkProps = ComponentProps<typeof Link> & Omit<ButtonStyle, 'className'>

/** A next/link styled as a button, for navigation. */
export function ButtonLink({ variant, size, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClasses({ variant, size, className })} {...props} />
}
