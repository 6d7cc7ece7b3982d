/**
 * Invitations: an administrator invites focal points (and secretariat reviewers
 * and administrators), a focal point invites delegates into their own
 * delegation. The link is single-use and expires after 7 days; only a hash of
 * its token is stored.
 */
import { createHash, randomBytes } from 'node:crypto'

import { z } from 'zod'

import { normaliseEmail } from '@/lib/auth/authenticate'
import { authorize } from '@/lib/auth/authorize'
import { AppError } from '@/lib/errors'
import { hashPassword, passwordSchema } from '@/lib/auth/passwords'
import { can, roleLabels } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import type { Role } from '@/lib/generated/prisma/enums'
import { storableText } from '@/lib/validation/text'

import { deliverMail, enqueueMail } from './outbox'

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

/** How many invitations one person may send in an hour: enough for a delegation's team, too few to spam with. */
export const INVITATION_RATE = { perHour: 20 }
const HOUR = 60 * 60 * 1000

export const invitationInputSchema = z.object({
  email: z.email('Enter a valid email address.').max(320),
  name: storableText().trim().min(1, 'Enter the person’s name.').max(120),
  role: z.enum(['delegate', 'focal_point', 'secretariat_reviewer', 'administrator']),
  delegationCode: storableText().trim().max(10).optional(),
})
export type InvitationInput = z.infer<typeof invitationInputSchema>

export const acceptInvitationSchema = z.object({
  token: z.string().min(20).max(100),
  name: storableText().trim().min(1, 'Enter your name.').max(120),
  password: passwordSchema,
})

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Which delegation kind a role belongs to; administrators belong to none. */
function expectedDelegationKinds(role: Role): ('member_state' | 'observer' | 'secretariat')[] | null {
  if (role === 'administrator') return null
  if (role === 'secretariat_reviewer') return ['secretariat']
  return ['member_state', 'observer']
}

export async function createInvitation(
  db: Db,
  viewer: Viewer,
  input: InvitationInput,
  options: { baseUrl: string; now?: Date },
): Promise<{ link: string; email: string; expiresAt: Date; mail: 'sent' | 'queued' | 'failed' }> {
  authorize(viewer)
  const isAdministrator = can(viewer.role, 'accounts.administer')
  if (!isAdministrator) {
    authorize(viewer, 'members.manage')
    if (input.role !== 'delegate')
      throw new AppError('invalid', 'A focal point can invite delegates only.', { role: ['Choose “Delegate”.'] })
  }
  const email = normaliseEmail(input.email)
  const delegationCode = isAdministrator ? input.delegationCode : viewer.delegation?.code
  const kinds = expectedDelegationKinds(input.role)
  const delegation = kinds && delegationCode ? await db.delegation.findUnique({ where: { code: delegationCode } }) : null
  if (kinds && (!delegation || !kinds.includes(delegation.kind))) {
    throw new AppError('invalid', `Choose the delegation a ${roleLabels[input.role].toLowerCase()} belongs to.`, {
      delegationCode: ['Choose a delegation.'],
    })
  }
  // An administrator sees every account anyway. A focal point must not learn whether an address has one anywhere:
  // they get the same answer either way, and the invitation then tells its owner to sign in instead.
  if (isAdministrator && (await db.user.findUnique({ where: { email }, select: { id: true } }))) {
    throw new AppError('invalid', 'There is already an account with this email.', { email: ['Already has an account.'] })
  }

  const token = randomBytes(32).toString('base64url')
  const now = options.now ?? new Date()
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS)
  const link = `${options.baseUrl.replace(/\/$/, '')}/invitations/${token}`
  const messageId = await db.$transaction(async (tx) => {
    // One invitation per inviter and per address at a time, so two requests at once count each other.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invitations-by:${viewer.userId}`}))`
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invitations-to:${email}`}))`
    const sentLastHour = await tx.invitation.count({
      where: { invitedById: viewer.userId, createdAt: { gt: new Date(now.getTime() - HOUR), lte: now } },
    })
    if (sentLastHour >= INVITATION_RATE.perHour) {
      throw new AppError(
        'invalid',
        `You have sent ${INVITATION_RATE.perHour} invitations in the last hour. Wait a while before sending more.`,
      )
    }
    const pending = await tx.invitation.count({ where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } })
    if (pending > 0) {
      throw new AppError('invalid', 'An invitation to this address is still pending.', {
        email: ['Already invited: the link works until it expires or is revoked.'],
      })
    }
    await tx.invitation.create({
      data: {
        tokenHash: hashToken(token),
        email,
        name: input.name,
        role: input.role,
        delegationId: delegation?.id ?? null,
        invitedById: viewer.userId,
        expiresAt,
        createdAt: now,
      },
    })
    return enqueueMail(tx, {
      to: email,
      subject: 'Your invitation to the GCM Stocktaking Workspace',
      text:
        `${viewer.name} invites you to the GCM Stocktaking Workspace as ${roleLabels[input.role].toLowerCase()}` +
        `${delegation ? ` of ${delegation.name}` : ''}.\n\nSet your password here (the link works once, until ${expiresAt.toUTCString()}):\n${link}\n`,
    })
  })
  return { link, email, expiresAt, mail: await deliverMail(db, messageId) }
}

export type InvitationStatus =
  | { status: 'valid'; email: string; name: string; role: Role; delegation: string | null; invitedBy: string }
  | { status: 'expired' | 'used' | 'revoked' | 'unknown' }

export async function getInvitationStatus(db: Db, token: string, now = new Date()): Promise<InvitationStatus> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { delegation: { select: { name: true } }, invitedBy: { select: { name: true } } },
  })
  if (!invitation) return { status: 'unknown' }
  if (invitation.acceptedAt) return { status: 'used' }
  if (invitation.revokedAt) return { status: 'revoked' }
  if (invitation.expiresAt <= now) return { status: 'expired' }
  return {
    status: 'valid',
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    delegation: invitation.delegation?.name ?? null,
    invitedBy: invitation.invitedBy.name,
  }
}

/** Creates the account; the link cannot be used twice, even by two requests at once. */
export async function acceptInvitation(
  db: Db,
  input: z.infer<typeof acceptInvitationSchema>,
  now = new Date(),
): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password)
  return db.$transaction(async (tx) => {
    // An invitation speaks for whoever sent it: it dies with their account.
    const claimed = await tx.invitation.updateMany({
      where: {
        tokenHash: hashToken(input.token),
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
        invitedBy: { deactivatedAt: null },
      },
      data: { acceptedAt: now },
    })
    if (claimed.count === 0) throw new AppError('invalid', 'This invitation link is no longer valid.')
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(input.token) } })
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
      throw new AppError('invalid', 'There is already an account with this email. Sign in instead.')
    }
    await tx.user.create({
      data: { email: invitation.email, name: input.name, passwordHash, role: invitation.role, delegationId: invitation.delegationId },
    })
    return { email: invitation.email }
  })
}

export type InvitationSummary = {
  id: string
  email: string
  name: string
  role: Role
  delegation: string | null
  invitedBy: string
  createdAt: Date
  expiresAt: Date
  status: 'pending' | 'accepted' | 'expired' | 'revoked'
}

/** Administrators see every invitation; a focal point those of their own delegation. */
export async function listInvitations(db: Db, viewer: Viewer, now = new Date()): Promise<InvitationSummary[]> {
  const isAdministrator = can(authorize(viewer).role, 'accounts.administer')
  if (!isAdministrator) authorize(viewer, 'members.manage')
  const invitations = await db.invitation.findMany({
    where: isAdministrator ? {} : { delegationId: viewer.delegation?.id ?? { in: [] } },
    include: { delegation: { select: { name: true } }, invitedBy: { select: { name: true } } },
    orderBy: { createdAt: 'desc' },
    take: 500,
  })
  return invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    delegation: invitation.delegation?.name ?? null,
    invitedBy: invitation.invitedBy.name,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    status: invitation.acceptedAt ? 'accepted' : invitation.revokedAt ? 'revoked' : invitation.expiresAt <= now ? 'expired' : 'pending',
  }))
}

export async function revokeInvitation(db: Db, viewer: Viewer, invitationId: string): Promise<void> {
  const isAdministrator = can(authorize(viewer).role, 'accounts.administer')
  if (!isAdministrator) authorize(viewer, 'members.manage')
  // A focal point withdraws the invitations of delegates to their delegation, not an administrator's of a focal point.
  const scope = isAdministrator ? {} : { delegationId: viewer.delegation?.id ?? { in: [] }, role: 'delegate' as const }
  const revoked = await db.invitation.updateMany({
    where: { id: invitationId, acceptedAt: null, ...scope },
    data: { revokedAt: new Date() },
  })
  if (revoked.count === 0) throw new AppError('invalid', 'That invitation cannot be revoked.')
}
