import type { ReactNode } from 'react'

import { AdminTabs } from '@/components/accounts/admin-tabs'
import { getViewer } from '@/lib/auth/guard'
import { can } from '@/lib/auth/permissions'

/**
 * The administration's sub-navigation. Not a guard: every page and action
 * checks the permission itself. The tabs are only drawn for administrators,
 * so the 403 page shown to anyone else does not list the sections.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer()
  const isAdministrator = viewer !== null && can(viewer.role, 'accounts.administer')

  return (
    <>
      {isAdministrator ? (
        <div className="border-b border-slate-200 bg-slate-50">
          <div className="mx-auto max-w-page px-4 pt-3 sm:px-6 lg:px-8">
            <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Administration</p>
            <div className="mt-1">
              <AdminTabs />
            </div>
          </div>
        </div>
      ) : null}
      {children}
    </>
  )
}
