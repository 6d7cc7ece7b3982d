import { Badge, type BadgeTone } from '@/components/ui/badge'
import { textLinkClasses } from '@/components/ui/text-link'
import { cn } from '@/lib/cn'
import { formatDateTime } from '@/lib/dates'
import type { NotificationKind } from '@/lib/generated/prisma/enums'
import type { CommentGlimpse, NotificationEntry } from '@/lib/notifications/notifications'

const kindLabels: Record<NotificationKind, string> = {
  mention: 'Mention',
  reply: 'Reply',
  secretariat_request: 'Secretariat request',
  clarification_requested: 'Clarification requested',
  clarification_answered: 'Clarification answered',
}

const kindTones: Record<NotificationKind, BadgeTone> = {
  mention: 'primary',
  reply: 'neutral',
  secretariat_request: 'accent',
  clarification_requested: 'warning',
  clarification_answered: 'success',
}

/** The start of the comment, or in words why there is none. */
function CommentExcerpt({ comment }: { comment: CommentGlimpse }) {
  if (comment.state === 'readable')
    return <p className="mt-1.5 border-l-2 border-slate-200 pl-3 text-sm/6 break-words text-slate-700">{comment.excerpt}</p>
  return (
    <p className="mt-1.5 text-sm text-slate-600 italic">
      {comment.state === 'deleted' ? 'This comment has been deleted.' : 'This comment is no longer visible to you.'}
    </p>
  )
}

type NotificationListProps = {
  notifications: NotificationEntry[]
  /** Marks the notification read and goes to its comment, when the reader may still read it. */
  openAction: (formData: FormData) => Promise<void>
}

/** Newest first; unread ones say so in words, not only in weight. */
export function NotificationList({ notifications, openAction }: NotificationListProps) {
  return (
    <ol className="divide-y divide-slate-200 rounded-card border border-slate-200 bg-white">
      {notifications.map((notification) => (
        <li
          key={notification.id}
          className={cn('flex flex-wrap items-start gap-x-4 gap-y-2 p-4', !notification.isRead && 'bg-primary-50/50')}
        >
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={kindTones[notification.kind]}>{kindLabels[notification.kind]}</Badge>
              {notification.isRead ? null : <Badge tone="warning">Unread</Badge>}
              <time dateTime={notification.createdAt.toISOString()} className="text-xs text-slate-600">
                {formatDateTime(notification.createdAt)}
              </time>
            </div>
            <p className={cn('mt-1.5 text-sm/6 text-slate-900', !notification.isRead && 'font-semibold')}>{notification.text}</p>
            {notification.comment ? <CommentExcerpt comment={notification.comment} /> : null}
          </div>
          {notification.href || !notification.isRead ? (
            <form action={openAction}>
              <input type="hidden" name="notificationId" value={notification.id} />
              <button type="submit" className={textLinkClasses('default', 'text-sm')}>
                {notification.href ? 'Open' : 'Mark as read'}
                <span className="sr-only">: {notification.text}</span>
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
