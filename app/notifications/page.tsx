import type { Metadata } from 'next'

import { NotificationList } from '@/components/notifications/notification-list'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { listNotifications } from '@/lib/notifications/notifications'

import { markAllNotificationsReadAction, openNotificationAction } from './actions'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Notifications' }

export default async function NotificationsPage() {
  const viewer = await requirePageViewer('/notifications')
  const notifications = await listNotifications(getDb(), viewer)
  const unread = notifications.filter((notification) => !notification.isRead).length

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        title="Notifications"
        description="Mentions of you, replies in threads you took part in, and the secretariat’s requests to your delegation."
        actions={
          unread > 0 ? (
            <form action={markAllNotificationsReadAction}>
              <Button type="submit" variant="secondary">
                Mark all as read
              </Button>
            </form>
          ) : null
        }
      />
      <div className="mt-8 max-w-3xl">
        {notifications.length === 0 ? (
          <EmptyState title="No notifications" description="When someone mentions you or answers your comments, it shows here." />
        ) : (
          <NotificationList notifications={notifications} openAction={openNotificationAction} />
        )}
      </div>
    </div>
  )
}
