import Link from 'next/link'
import type { ReactNode } from 'react'

import { Card, CardTitle } from './card'

type LinkCardProps = {
  href: string
  title: string
  /** Keep headings in order: pick the level that fits the page. */
  titleAs?: 'h2' | 'h3'
  /** What following the card does ("Browse the catalogue"); shown, but the title is what the link reads out. */
  cta: string
  children: ReactNode
}

/** One card in a list of places to go: the whole card is the link, its title the link's name. */
export function LinkCard({ href, title, titleAs, cta, children }: LinkCardProps) {
  return (
    <Card
      as="li"
      className="relative flex flex-col transition-colors hover:border-primary-300 hover:bg-primary-50/40 has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-focus"
    >
      <CardTitle as={titleAs}>
        <Link href={href} className="after:absolute after:inset-0 focus-visible:outline-none">
          {title}
        </Link>
      </CardTitle>
      {children}
      <p aria-hidden="true" className="mt-auto pt-4 text-sm font-medium text-primary-700">
        {cta} <span>→</span>
      </p>
    </Card>
  )
}
