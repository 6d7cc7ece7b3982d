import type { ReactNode } from 'react'

import { textLinkClasses } from './text-link'

/**
 * A link to an address a participant typed (evidence, a comment): it opens
 * apart from the workspace, sends no referrer, and lends the address no
 * standing (nofollow).
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" className={textLinkClasses()}>
      {children}
    </a>
  )
}
