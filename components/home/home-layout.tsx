import type { ReactNode } from 'react'

import { PageHeader } from '@/components/ui/page-header'

/** The frame of a signed-in person's home page: who they are, then their sections. */
export function HomeLayout({
  eyebrow,
  name,
  description,
  children,
}: {
  eyebrow: string
  name: string
  description: ReactNode
  children: ReactNode
}) {
  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader eyebrow={eyebrow} title={`Welcome, ${name}`} description={description} />
      <div className="mt-8 space-y-10">{children}</div>
    </div>
  )
}
