'use server'

/**
 * Opening a notification marks it read and goes to the comment; "Mark all as
 * read" clears the count. Public endpoints: each re-checks the session, and
 * lib touches only the viewer's own notifications.
 */
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { getViewer } from '@/lib/auth/guard'
import { getDb } from '@/lib/db'
import { markAllNotificationsRead, openNotification } from '@/lib/notifications/notifications'

const openSchema = z.object({ notificationId: z.string().regex(/^[a-z0-9]{10,40}$/) })

async function signedInViewer() {
  const viewer = await getViewer()
  if (!viewer) redirect('/sign-in?callbackUrl=%2Fnotifications')
  return viewer
}

export async function openNotificationAction(formData: FormData): Promise<void> {
  const viewer = await signedInViewer()
  const parsed = openSchema.safeParse(formData instanceof FormData ? Object.fromEntries(formData.entries()) : null)
  const opened = parsed.success ? await openNotification(getDb(), viewer, parsed.data.notificationId) : null
  // The layout's unread count changes with it.
  revalidatePath('/', 'layout')
  redirect(opened?.href ?? '/notifications')
}

export async function markAllNotificationsReadAction(): Promise<void> {
  const viewer = await signedInViewer()
  await markAllNotificationsRead(getDb(), viewer)
  revalidatePath('/', 'layout')
}
