import Link from 'next/link'

import { SignOutButton } from '@/components/auth/sign-out-button'
import { NavMenu } from '@/components/nav-menu'
import { UserMenu } from '@/components/user-menu'
import { buttonClasses } from '@/components/ui/button'
import type { NavLink } from '@/components/ui/nav-links'

/** What the header shows of the signed-in person; the layout decides what they may open. */
export type HeaderViewer = {
  name: string
  email: string
  /** The delegation's name, or null for people outside any delegation. */
  delegation: string | null
  roleLabel: string
  canEditPositions: boolean
  canManageMembers: boolean
  canReview: boolean
  canAdminister: boolean
  /** Unread notifications, counted by the layout. */
  unreadNotifications?: number
}

const menuItemClasses = buttonClasses({ variant: 'ghost', size: 'md', className: 'w-full justify-start px-3' })

function navLinks(viewer: HeaderViewer | null): NavLink[] {
  return [
    { href: '/catalogue', label: 'Catalogue' },
    { href: '/report', label: 'Report' },
    ...(viewer?.canEditPositions ? [{ href: '/delegation', label: 'My delegation' }] : []),
    // Every signed-in person sees the dashboards, each only what they may see.
    ...(viewer ? [{ href: '/dashboards', label: 'Dashboards' }] : []),
    ...(viewer?.canManageMembers ? [{ href: '/delegation/members', label: 'Members' }] : []),
    ...(viewer?.canReview ? [{ href: '/review', label: 'Review' }] : []),
    ...(viewer?.canAdminister ? [{ href: '/admin', label: 'Administration' }] : []),
    { href: '/about', label: 'About' },
  ]
}

export function SiteHeader({ viewer }: { viewer: HeaderViewer | null }) {
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div aria-hidden="true" className="h-1 bg-primary-800" />
      <div className="mx-auto flex min-h-16 max-w-page items-center gap-4 px-4 sm:px-6 lg:px-8">
        <Link href="/" className="group flex min-w-0 items-center gap-2.5 rounded-ui py-2 lg:shrink-0">
          <span className="rounded-sm bg-primary-800 px-1.5 py-0.5 text-[0.6875rem] font-bold tracking-wider text-white">GFMD</span>
          {/* Between lg and xl the links and the user menu need the room: the name is still read out, and shows again from xl. */}
          <span className="text-[0.9375rem] leading-tight font-semibold text-slate-900 group-hover:text-primary-800 lg:max-xl:sr-only">
            GCM Stocktaking Workspace
          </span>
        </Link>
        <NavMenu links={navLinks(viewer)} unreadNotifications={viewer?.unreadNotifications ?? 0}>
          <ViewerStatus viewer={viewer} />
        </NavMenu>
      </div>
    </header>
  )
}

function ViewerStatus({ viewer }: { viewer: HeaderViewer | null }) {
  if (!viewer) {
    return (
      <Link href="/sign-in" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
        Sign in
      </Link>
    )
  }

  const unread = viewer.unreadNotifications ?? 0
  return (
    <UserMenu name={viewer.name} detail={viewer.delegation ?? viewer.roleLabel} email={viewer.email} unreadNotifications={unread}>
      <ul className="-mx-3 flex flex-col gap-1">
        <li>
          <Link href="/notifications" className={menuItemClasses}>
            Notifications{unread ? ` (${unread})` : ''}
            {unread ? <span className="sr-only"> unread</span> : null}
          </Link>
        </li>
        <li>
          <Link href="/account" className={menuItemClasses}>
            Account
          </Link>
        </li>
        <li>
          <SignOutButton className={menuItemClasses} />
        </li>
      </ul>
    </UserMenu>
  )
}
