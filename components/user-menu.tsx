'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react'

import { cn } from '@/lib/cn'

type UserMenuProps = {
  name: string
  /** The delegation, or the role for people outside one. */
  detail: string
  email: string
  unreadNotifications: number
  /** Rendered by the server: the links and the sign-out form. */
  children: ReactNode
}

const PANEL_ID = 'user-menu-panel'

/**
 * The signed-in person's menu. From lg up it is a disclosure button (the name,
 * and the unread count, always in sight) that opens a panel; Escape, a click
 * outside or leaving it with Tab closes it. Below lg the panel is simply part
 * of the main menu, open.
 */
export function UserMenu({ name, detail, email, unreadNotifications, children }: UserMenuProps) {
  const pathname = usePathname()
  // Open for the page it was opened on, so navigating closes it.
  const [openOn, setOpenOn] = useState<string | null>(null)
  const isOpen = openOn === pathname
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!isOpen) return
    function closeOnOutsideClick(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpenOn(null)
    }
    document.addEventListener('pointerdown', closeOnOutsideClick)
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick)
  }, [isOpen])

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && isOpen) {
      // The main menu (narrow screens) must not close too.
      event.stopPropagation()
      setOpenOn(null)
      buttonRef.current?.focus()
    }
  }

  function handleBlur(event: FocusEvent<HTMLDivElement>) {
    if (isOpen && !rootRef.current?.contains(event.relatedTarget as Node | null)) setOpenOn(null)
  }

  return (
    <div ref={rootRef} onKeyDown={handleKeyDown} onBlur={handleBlur} className="lg:relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={PANEL_ID}
        onClick={() => setOpenOn(isOpen ? null : pathname)}
        title={email}
        className="hidden h-10 max-w-56 items-center gap-2 rounded-ui px-3 text-sm font-medium text-slate-900 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 lg:inline-flex"
      >
        <span className="truncate">{name}</span>
        {unreadNotifications > 0 ? (
          <span className="rounded-full bg-primary-700 px-1.5 py-0.5 text-xs leading-none font-semibold text-white tabular-nums">
            {unreadNotifications}
            <span className="sr-only"> unread {unreadNotifications === 1 ? 'notification' : 'notifications'}</span>
          </span>
        ) : null}
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className={cn('size-4 shrink-0 transition-transform', isOpen && 'rotate-180')}
          fill="currentColor"
        >
          <path d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06Z" />
        </svg>
      </button>
      <div
        id={PANEL_ID}
        className={cn(
          isOpen
            ? 'lg:absolute lg:top-full lg:right-0 lg:z-40 lg:mt-2 lg:w-72 lg:rounded-card lg:border lg:border-slate-200 lg:bg-white lg:p-4 lg:shadow-lg'
            : 'lg:hidden',
        )}
      >
        <p className="min-w-0 text-sm leading-tight">
          <span className="sr-only">Signed in as </span>
          <span className="block truncate font-medium text-slate-900">{name}</span>
          <span className="block truncate text-xs text-slate-600">{detail}</span>
          <span className="block truncate text-xs text-slate-600">{email}</span>
        </p>
        <div className="mt-3 border-t border-slate-200 pt-3">{children}</div>
      </div>
    </div>
  )
}
