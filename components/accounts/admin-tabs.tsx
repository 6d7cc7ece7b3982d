'use client'

import { NavLinks } from '@/components/ui/nav-links'
import { cn } from '@/lib/cn'

const tabs = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/delegations', label: 'Delegations' },
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/invitations', label: 'Invitations' },
  { href: '/admin/stocktaking', label: 'Stocktaking date' },
]

function tabClassName(isCurrent: boolean): string {
  return cn(
    'block rounded-t-ui border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap sm:px-4',
    isCurrent ? 'border-primary-700 text-primary-900' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
  )
}

// A client component: the tabs' classes are a function, which cannot cross from the server.
/** The administration sections. */
export function AdminTabs() {
  return (
    <nav aria-label="Administration" className="-mb-px overflow-x-auto">
      <NavLinks links={tabs} className="flex gap-1" linkClassName={tabClassName} />
    </nav>
  )
}
