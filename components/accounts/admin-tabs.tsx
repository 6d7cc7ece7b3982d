'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { cn } from '@/lib/cn'

const tabs = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/delegations', label: 'Delegations' },
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/invitations', label: 'Invitations' },
] as const

/** The administration sections; the current one is marked for screen readers too. */
export function AdminTabs() {
  const pathname = usePathname()

  return (
    <nav aria-label="Administration" className="-mb-px overflow-x-auto">
      <ul className="flex gap-1">
        {tabs.map((tab) => {
          const isCurrent = tab.href === '/admin' ? pathname === '/admin' : pathname === tab.href || pathname.startsWith(`${tab.href}/`)
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={isCurrent ? 'page' : undefined}
                className={cn(
                  'block rounded-t-ui border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap sm:px-4',
                  isCurrent
                    ? 'border-primary-700 text-primary-900'
                    : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
                )}
              >
                {tab.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
