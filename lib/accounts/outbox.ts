/**
 * Outgoing mail. There is no mail server by default: every message is written
 * to the outbox table (and its link shown to whoever caused it); when SMTP_URL
 * is set it is also sent, and the outcome recorded.
 */
import nodemailer from 'nodemailer'

import type { Db } from '@/lib/db'
import { getEnv } from '@/lib/env'
import type { Prisma } from '@/lib/generated/prisma/client'

export type Mail = { to: string; subject: string; text: string }

export async function enqueueMail(tx: Prisma.TransactionClient, mail: Mail): Promise<string> {
  const message = await tx.outboxMessage.create({ data: mail, select: { id: true } })
  return message.id
}

/** Sends one queued message when SMTP is configured; a failure is recorded, never thrown. */
export async function deliverMail(db: Db, messageId: string, env = getEnv()): Promise<'sent' | 'queued' | 'failed'> {
  if (!env.SMTP_URL) return 'queued'
  const message = await db.outboxMessage.findUnique({ where: { id: messageId } })
  if (!message || message.sentAt) return 'queued'
  try {
    await nodemailer
      .createTransport(env.SMTP_URL)
      .sendMail({ from: env.MAIL_FROM, to: message.to, subject: message.subject, text: message.text })
    await db.outboxMessage.update({ where: { id: messageId }, data: { sentAt: new Date(), attempts: { increment: 1 }, lastError: null } })
    return 'sent'
  } catch (error) {
    await db.outboxMessage.update({
      where: { id: messageId },
      data: { attempts: { increment: 1 }, lastError: error instanceof Error ? error.message.slice(0, 500) : 'unknown error' },
    })
    return 'failed'
  }
}
