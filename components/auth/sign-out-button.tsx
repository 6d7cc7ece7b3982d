import { signOutAction } from '@/app/account/actions'
import { buttonClasses } from '@/components/ui/button'

/** A form, not a link: signing out changes state, so it is a POST (and works without JavaScript). */
export function SignOutButton({ className }: { className?: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={className ?? buttonClasses({ variant: 'ghost', size: 'sm' })}>
        Sign out
      </button>
    </form>
  )
}
