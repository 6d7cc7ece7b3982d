import type { Metadata } from 'next'

import { AcceptInvitationForm } from '@/components/auth/accept-invitation-form'
import { ButtonLink } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { getInvitationStatus, type InvitationStatus } from '@/lib/accounts/invitations'
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/passwords'
import { roleLabels } from '@/lib/auth/permissions'
import { getDb } from '@/lib/db'

import { acceptInvitationAction } from './actions'

export const metadata: Metadata = {
  title: 'Your invitation',
  // The address holds a secret token: keep it out of search engines.
  robots: { index: false, follow: false },
}

type Problem = Exclude<InvitationStatus['status'], 'valid'>

/** Every dead link gets a page that says what happened and what to do, never an error page. */
const problems: Record<Problem, { title: string; body: string; showSignIn: boolean }> = {
  expired: {
    title: 'This invitation has expired',
    body: 'Ask whoever invited you for a new link; links are valid for 7 days.',
    showSignIn: false,
  },
  used: {
    title: 'This invitation link has already been used',
    body: 'An account was created with it. If it was you, sign in with your email address and the password you chose.',
    showSignIn: true,
  },
  revoked: {
    title: 'This invitation was withdrawn',
    body: 'Whoever invited you has withdrawn this invitation. If you think this is a mistake, ask them for a new one.',
    showSignIn: false,
  },
  unknown: {
    title: 'This invitation link is not valid',
    body: 'Check that you opened the whole link from the invitation email. If it still does not work, ask whoever invited you for a new link.',
    showSignIn: false,
  },
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const invitation = await getInvitationStatus(getDb(), token)

  if (invitation.status !== 'valid') {
    const problem = problems[invitation.status]
    return (
      <div className="mx-auto max-w-page px-4 py-16 sm:px-6 sm:py-24 lg:px-8">
        <div className="max-w-xl">
          <p className="text-sm font-semibold text-primary-700">Invitation</p>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight text-balance text-slate-900 sm:text-3xl">{problem.title}</h1>
          <p className="mt-4 text-base/7 text-slate-700">{problem.body}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            {problem.showSignIn ? <ButtonLink href="/sign-in">Sign in</ButtonLink> : null}
            <ButtonLink href="/" variant={problem.showSignIn ? 'secondary' : 'primary'}>
              Go to the home page
            </ButtonLink>
          </div>
        </div>
      </div>
    )
  }

  const invitedAs = `${roleLabels[invitation.role]}${invitation.delegation ? ` of ${invitation.delegation}` : ''}`

  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-16 lg:px-8">
      <div className="mx-auto max-w-md">
        <p className="text-sm font-semibold text-primary-700">Invitation</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">Create your account</h1>
        <p className="mt-3 text-base/7 text-slate-700">
          {invitation.invitedBy} invites you as <strong className="font-semibold text-slate-900">{invitedAs}</strong> to the GCM Stocktaking
          Workspace. Choose a password to create your account; the link then stops working.
        </p>
        <Card className="mt-6">
          <AcceptInvitationForm
            action={acceptInvitationAction}
            token={token}
            email={invitation.email}
            name={invitation.name}
            minLength={MIN_PASSWORD_LENGTH}
          />
        </Card>
      </div>
    </div>
  )
}
