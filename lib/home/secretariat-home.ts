/**
 * The secretariat's home page: what waits for its review, from the review
 * queue itself (lib/review), so the home page and /review never disagree.
 */
import 'server-only'

import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import { getReviewQueue, type ReviewQueueEntry } from '@/lib/review/review-queue'

const SHOWN = 8

export type SecretariatHome = {
  standing: 'secretariat'
  /** The newest inputs not reviewed yet, and how many there are in all. */
  waiting: ReviewQueueEntry[]
  waitingTotal: number
  /** Inputs whose clarification the secretariat asked for, and how many of those the delegation answered. */
  clarifications: { requested: number; answered: number }
}

export async function getSecretariatHome(db: Db, viewer: Viewer): Promise<SecretariatHome> {
  const [waiting, asked] = await Promise.all([
    getReviewQueue(db, viewer, { state: 'not_reviewed' }),
    getReviewQueue(db, viewer, { state: 'clarification_requested' }),
  ])
  return {
    standing: 'secretariat',
    waiting: waiting.entries.slice(0, SHOWN),
    waitingTotal: waiting.total,
    // The answered count is of the newest page of requests: enough to say that answers wait.
    clarifications: { requested: asked.total, answered: asked.entries.filter((entry) => entry.clarification === 'answered').length },
  }
}
