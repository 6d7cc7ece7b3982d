'use client'

import { usePathname } from 'next/navigation'
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react'

import { NavLinks, type NavLink } from '@/components/ui/nav-links'
import { cn } from '@/lib/cn'

type NavMenuProps = {
  links: NavLink[]
  /** Rendered by the server: the sign-in state, shown after the links. */
  children?: ReactNode
  /** Shown on the menu button, so a narrow screen keeps the unread count in sight. */
  unreadNotifications?: number
}

const PANEL_ID = 'site-nav-panel'

function linkClassName(isCurrent: boolean): string {
  return cn(
    'block border-l-4 px-3 py-3 text-[0.9375rem] font-medium sm:px-5',
    'lg:rounded-ui lg:border-l-0 lg:px-3 lg:py-2 lg:text-sm lg:underline-offset-8',
    isCurrent
      ? 'border-primary-700 bg-primary-50 text-primary-900 lg:bg-transparent lg:underline lg:decoration-primary-700 lg:decoration-2'
      : 'border-transparent text-slate-700 hover:bg-slate-100 hover:text-slate-900',
  )
}

/** Primary navigation; on narrow screens it collapses behind a disclosure button. */
export function NavMenu({ links, children, unreadNotifications = 0 }: NavMenuProps) {
  const pathname = usePathname()
  // The menu is open for the page it was opened on, so navigating closes it.
  const [openOn, setOpenOn] = useState<string | null>(null)
  const isOpen = openOn === pathname
  const buttonRef = useRef<HTMLButtonElement>(null)

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' && isOpen) {
      setOpenOn(null)
      buttonRef.current?.focus()
    }
  }

  return (
    <nav aria-label="Main" onKeyDown={handleKeyDown} className="ml-auto flex items-center lg:ml-2 lg:flex-1">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={PANEL_ID}
        onClick={() => setOpenOn(isOpen ? null : pathname)}
        className="inline-flex h-10 items-center gap-2 rounded-ui px-3 text-sm font-medium text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 lg:hidden"
      >
        <MenuIcon isOpen={isOpen} />
        Menu
        {unreadNotifications > 0 ? (
          <span className="rounded-full bg-primary-700 px-1.5 py-0.5 text-xs leading-none font-semibold text-white tabular-nums">
            {unreadNotifications}
            <span className="sr-only"> unread {unreadNotifications === 1 ? 'notification' : 'notifications'}</span>
          </span>
        ) : null}
      </button>

      <div
        id={PANEL_ID}
        className={cn(
          isOpen ? 'absolute inset-x-0 top-full z-40 border-y border-slate-200 bg-white shadow-lg' : 'hidden',
          'lg:static lg:z-auto lg:flex lg:flex-1 lg:items-center lg:justify-between lg:gap-6 lg:border-0 lg:bg-transparent lg:shadow-none',
        )}
      >
        <NavLinks links={links} className="flex flex-col py-2 lg:flex-row lg:items-center lg:gap-1 lg:p-0" linkClassName={linkClassName} />
        {children ? <div className="border-t border-slate-200 px-4 py-4 sm:px-6 lg:border-0 lg:p-0">{children}</div> : null}
      </div>
    </nav>
  )
}

function MenuIcon({ isOpen }: { isOpen: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.75">
      {isOpen ? <path strokeLinecap="round" d="M5 5l10 10M15 5L5 15" /> : <path strokeLinecap="round" d="M3 5.5h14M3 10h14M3 14.5h14" />}
    </svg>
  )
}
