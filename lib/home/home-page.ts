/** What the home page shows, by who is looking: one call for the page, one shape per standing. */
import 'server-only'

import { getAdminOverview } from '@/lib/accounts/overviews'
import { actsForDelegation, can, isSecretariat } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'

import { getDelegationHome, type DelegationHome } from './delegation-home'
import { getSecretariatHome, type SecretariatHome } from './secretariat-home'

export type AdministrationHome = { standing: 'administration' } & Awaited<ReturnType<typeof getAdminOverview>>

/** Signed-out visitors, and anyone whose role has no workspace of its own, get the introduction. */
export type VisitorHome = { standing: 'visitor' }

export type Home = { viewerName: string | null } & (DelegationHome | SecretariatHome | AdministrationHome | VisitorHome)

export async function getHomePage(db: Db, viewer: Viewer | null): Promise<Home> {
  if (!viewer) return { viewerName: null, standing: 'visitor' }
  const viewerName = viewer.name
  if (actsForDelegation(viewer.role) && viewer.delegation) return { viewerName, ...(await getDelegationHome(db, viewer)) }
  if (isSecretariat(viewer.role)) return { viewerName, ...(await getSecretariatHome(db, viewer)) }
  if (can(viewer.role, 'accounts.administer')) return { viewerName, standing: 'administration', ...(await getAdminOverview(db, viewer)) }
  return { viewerName, standing: 'visitor' }
}
