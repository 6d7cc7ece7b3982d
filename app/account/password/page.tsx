import type { Metadata } from 'next'
import Link from 'next/link'

import { ChangePasswordForm } from '@/components/auth/change-password-form'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { requirePageViewer } from '@/lib/auth/guard'
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/passwords'

import { changePasswordAction } from './actions'

export const metadata: Metadata = {
  title: 'Change password',
}

export default async function ChangePasswordPage() {
  const viewer = await requirePageViewer('/account/password')

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-14 lg:px-8">
      <PageHeader
        eyebrow={
          <Link href="/account" className="rounded-sm underline-offset-4 hover:underline">
            Your account
          </Link>
        }
        title="Change password"
        description={<p>When you change it, you are signed out everywhere, here too, and sign in again with the new password.</p>}
      />
      <Card className="mt-8 max-w-md">
        <ChangePasswordForm action={changePasswordAction} email={viewer.email} minLength={MIN_PASSWORD_LENGTH} />
      </Card>
    </div>
  )
}
