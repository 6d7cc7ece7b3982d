/**
 * The account forms shared by the administration and a focal point's members
 * page: the same actions, under the permission of each page. The lib
 * functions keep every id within what the viewer may manage.
 */
import 'server-only'

import { z } from 'zod'

import { formAction, type FormState } from '@/lib/auth/form-action'
import type { Permission } from '@/lib/auth/permissions'
import { formatDate } from '@/lib/dates'
import { getDb } from '@/lib/db'
import { requestBaseUrl } from '@/lib/http/request-base-url'
import { storableText } from '@/lib/validation/text'

import { createInvitation, invitationInputSchema, revokeInvitation } from './invitations'
import { setUserActive } from './users'

export type MailOutcome = 'sent' | 'queued' | 'failed'

/** What a successful invitation hands back: the link to pass on, since there may be no mail server. */
export type InvitationFormState = FormState & {
  invitation?: { link: string; email: string; expiresOn: string; mail: MailOutcome }
}

const userStatusSchema = z.object({ userId: storableText().min(1).max(64), isActive: z.enum(['true', 'false']) })
const revokeSchema = z.object({ invitationId: storableText().min(1).max(64) })

// An empty select means "no delegation" (administrators belong to none); a
// focal point's form has no delegation field: lib takes their own.
const invitationFormSchema = invitationInputSchema.extend({
  delegationCode: storableText()
    .trim()
    .max(10)
    .transform((code) => code || undefined)
    .optional(),
})

export function accountFormActions(permission: Extract<Permission, 'accounts.administer' | 'members.manage'>, revalidate: () => void) {
  return {
    changeUserStatus: formAction({ permission, schema: userStatusSchema }, async (input, viewer) => {
      const isActive = input.isActive === 'true'
      await setUserActive(getDb(), viewer, input.userId, isActive)
      revalidate()
      return { ok: true, message: isActive ? 'Reactivated.' : 'Deactivated; their sessions have ended.' }
    }),
    revokeInvitation: formAction({ permission, schema: revokeSchema }, async (input, viewer) => {
      await revokeInvitation(getDb(), viewer, input.invitationId)
      revalidate()
      return { ok: true, message: 'Revoked; the link no longer works.' }
    }),
    invite: formAction<typeof invitationFormSchema, InvitationFormState>(
      { permission, schema: invitationFormSchema },
      async (input, viewer) => {
        const invitation = await createInvitation(getDb(), viewer, input, { baseUrl: await requestBaseUrl() })
        revalidate()
        return {
          ok: true,
          invitation: {
            link: invitation.link,
            email: invitation.email,
            expiresOn: formatDate(invitation.expiresAt),
            mail: invitation.mail,
          },
        }
      },
    ),
  }
}
