'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

export type NavLink = { href: string; label: string }

type NavLinksProps = {
  links: NavLink[]
  className?: string
  /** The link's classes, current page or not; the current one is also marked for screen readers (aria-current). */
  linkClassName: (isCurrent: boolean) => string
}

function isUnder(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`)
}

/** A list of navigation links. The current page's link is the longest one the path lies under (/delegation/members, not /delegation). */
export function NavLinks({ links, className, linkClassName }: NavLinksProps) {
  const pathname = usePathname()
  const currentHref = links.filter((link) => isUnder(pathname, link.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href

  return (
    <ul className={className}>
      {links.map((link) => {
        const isCurrent = link.href === currentHref
        return (
          <li key={link.href}>
            <Link href={link.href} aria-current={isCurrent ? 'page' : undefined} className={linkClassName(isCurrent)}>
              {link.label}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
