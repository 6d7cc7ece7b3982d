import type { ReactNode, Ref } from 'react'

import { cn } from '@/lib/cn'

const tones = {
  error: 'border-red-700 bg-red-50 text-red-900',
  success: 'border-emerald-700 bg-emerald-50 text-emerald-900',
  info: 'border-primary-700 bg-primary-50 text-primary-950',
} as const

type NoticeProps = {
  tone: keyof typeof tones
  /** The text is the signal; the colour only reinforces it. */
  children: ReactNode
  className?: string
  /** For a form that moves focus to its message once the server answered (focusable by script only). */
  ref?: Ref<HTMLDivElement>
}

/** A message above a form. Errors are announced at once (role="alert"), other notices politely (role="status"). */
export function Notice({ tone, children, className, ref }: NoticeProps) {
  return (
    <div
      ref={ref}
      tabIndex={ref ? -1 : undefined}
      role={tone === 'error' ? 'alert' : 'status'}
      className={cn('rounded-ui border-l-4 px-4 py-3 text-sm/6 outline-none', tones[tone], className)}
    >
      {children}
    </div>
  )
}
