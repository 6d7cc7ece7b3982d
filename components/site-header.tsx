import Link from 'next/link'

import { NavMenu, type NavLink } from '@/components/nav-menu'
import { buttonClasses } from '@/components/ui/button'

export type Viewer = {
  name: string
  email: string
  delegation: string | null
  role: string
}

const primaryLinks: NavLink[] = [
  { href: '/catalogue', label: 'Catalogue' },
  { href: '/report', label: 'Report' },
  { href: '/about', label: 'About' },
]

/** "SECRETARIAT_REVIEWER" or "secretariat-reviewer" → "Secretariat reviewer". */
function formatRole(role: string): string {
  const words = role.replace(/[_-]+/g, ' ').trim().toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export function SiteHeader({ viewer }: { viewer: Viewer | null }) {
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div aria-hidden="true" className="h-1 bg-primary-800" />
      <div className="mx-auto flex min-h-16 max-w-page items-center gap-4 px-4 sm:px-6 lg:px-8">
        <Link href="/" className="group flex min-w-0 items-center gap-2.5 rounded-ui py-2 lg:shrink-0">
          <span className="rounded-sm bg-primary-800 px-1.5 py-0.5 text-[0.6875rem] font-bold tracking-wider text-white">GFMD</span>
          <span className="text-[0.9375rem] leading-tight font-semibold text-slate-900 group-hover:text-primary-800">
            GCM Stocktaking Workspace
          </span>
        </Link>
        <NavMenu links={primaryLinks}>
          <ViewerStatus viewer={viewer} />
        </NavMenu>
      </div>
    </header>
  )
}

function ViewerStatus({ viewer }: { viewer: Viewer | null }) {
  if (!viewer) {
    return (
      <Link href="/sign-in" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
        Sign in
      </Link>
    )
  }

  return (
    <div className="flex items-center justify-between gap-4 lg:justify-end">
      <p className="min-w-0 text-sm leading-tight lg:max-w-60 lg:text-right">
        <span className="sr-only">Signed in as </span>
        <span className="block truncate font-medium text-slate-900">{viewer.name}</span>
        <span className="block truncate text-xs text-slate-600">{viewer.delegation ?? formatRole(viewer.role)}</span>
      </p>
      <Link href="/account" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
        Account
      </Link>
    </div>
  )
}
