import { openNotificationAction } from '@/app/notifications/actions'
import { AdministrationHomeView } from '@/components/home/administration-home'
import { DelegationHomeView } from '@/components/home/delegation-home'
import { Introduction } from '@/components/home/introduction'
import { SecretariatHomeView } from '@/components/home/secretariat-home'
import { getViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { getHomePage } from '@/lib/home/home-page'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const home = await getHomePage(getDb(), await getViewer())
  const viewerName = home.viewerName ?? ''
  switch (home.standing) {
    case 'delegation':
      return <DelegationHomeView home={home} viewerName={viewerName} openNotificationAction={openNotificationAction} />
    case 'secretariat':
      return <SecretariatHomeView home={home} viewerName={viewerName} />
    case 'administration':
      return <AdministrationHomeView home={home} viewerName={viewerName} />
    case 'visitor':
      return <Introduction />
  }
}
