import type { Metadata } from 'next'
import localFont from 'next/font/local'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/site-footer'
import { SiteHeader, type HeaderViewer } from '@/components/site-header'
import { getViewer } from '@/lib/auth/guard'
import { can, roleLabels } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import { getDb } from '@/lib/db'
import { countUnreadNotifications } from '@/lib/notifications/notifications'

import './globals.css'

const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-inter',
})

export const metadata: Metadata = {
  title: {
    default: 'GCM Stocktaking Workspace',
    template: '%s · GCM Stocktaking Workspace',
  },
  description:
    'The shared workspace of national delegations and the GFMD secretariat preparing the Global Compact for Migration stocktaking (Guadalajara, 4–6 December 2017).',
  applicationName: 'GCM Stocktaking Workspace',
  manifest: '/manifest.webmanifest',
}

/** The header shows links only to what the person's role opens; the pages check again themselves. */
function toHeaderViewer(viewer: Viewer, unreadNotifications: number): HeaderViewer {
  return {
    name: viewer.name,
    email: viewer.email,
    delegation: viewer.delegation?.name ?? null,
    roleLabel: roleLabels[viewer.role],
    canEditPositions: can(viewer.role, 'draft.edit'),
    canManageMembers: can(viewer.role, 'members.manage'),
    canReview: can(viewer.role, 'review.read'),
    canAdminister: can(viewer.role, 'accounts.administer'),
    unreadNotifications,
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer()
  const unreadNotifications = viewer ? await countUnreadNotifications(getDb(), viewer) : 0

  return (
    <html lang="en" className={inter.variable}>
      <body className="flex min-h-dvh flex-col bg-white font-sans text-slate-900">
        <a
          href="#content"
          className="sr-only rounded-ui bg-white text-sm font-semibold text-primary-800 shadow-md ring-1 ring-slate-300 focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:px-4 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader viewer={viewer ? toHeaderViewer(viewer, unreadNotifications) : null} />
        <main id="content" tabIndex={-1} className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
