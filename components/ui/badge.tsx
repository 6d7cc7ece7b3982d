import type { ReactNode } from 'react'

import { cn } from '@/lib/cn'

const tones = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
  primary: 'bg-primary-50 text-primary-900 ring-primary-200',
  accent: 'bg-accent-50 text-accent-800 ring-accent-200',
  success: 'bg-emerald-50 text-emerald-900 ring-emerald-200',
  warning: 'bg-amber-50 text-amber-900 ring-amber-300',
  danger: 'bg-red-50 text-red-900 ring-red-200',
} as const

export type BadgeTone = keyof typeof tones

type BadgeProps = {
  /** The text is the signal; the colour only reinforces it. */
  children: ReactNode
  tone?: BadgeTone
  className?: string
}

export function Badge({ children, tone = 'neutral', className }: BadgeProps) {
  return (
    <span
      className={cn(
        'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  )
}
