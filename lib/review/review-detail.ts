/**
 * Reading the review of one input: for the secretariat, the input with what
 * changed since it was last reviewed, every review action, the clarification
 * threads and the reviewer notes; for a delegation, the review state of its
 * own shared inputs on an item and its clarification threads, never a note.
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import { isSecretariat, ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ReviewInputKind, ReviewState, Visibility } from '@/lib/generated/prisma/enums'
import { readableClarificationWhere, readableReviewerNoteWhere } from '@/lib/visibility/review'

import { findReviewInput, readInputVersion, type ReviewInput } from './review-inputs'
import { diffFields, type FieldChange } from './review-queue'
import { readStates } from './review-states'

export type ClarificationThread = {
  id: string
  kind: ReviewInputKind
  inputId: string
  /** The shared version the question was about. */
  version: number
  createdAt: Date
  answeredAt: Date | null
  messages: { id: string; author: string; fromSecretariat: boolean; body: string; at: Date }[]
}

export type ReviewHistoryEntry = { id: string; actor: string; at: Date; version: number; before: ReviewState; after: ReviewState }

export type ReviewerNoteView = { id: string; author: string; at: Date; body: string }

export type ReviewInputDetail = {
  input: ReviewInput
  changedSince: { version: number; changes: FieldChange[] } | null
  history: ReviewHistoryEntry[]
  clarifications: ClarificationThread[]
  notes: ReviewerNoteView[]
}

const threadSelect = {
  id: true,
  inputKind: true,
  inputId: true,
  version: true,
  createdAt: true,
  answeredAt: true,
  messages: {
    select: { id: true, body: true, createdAt: true, author: { select: { name: true, role: true } } },
    orderBy: { createdAt: 'asc' },
  },
} satisfies Prisma.ClarificationSelect

async function listClarifications(db: Db, viewer: Viewer, where: Prisma.ClarificationWhereInput): Promise<ClarificationThread[]> {
  const rows = await db.clarification.findMany({
    where: { AND: [readableClarificationWhere(viewer), where] },
    select: threadSelect,
    orderBy: { createdAt: 'desc' },
  })
  return rows.map((row) => ({
    id: row.id,
    kind: row.inputKind,
    inputId: row.inputId,
    version: row.version,
    createdAt: row.createdAt,
    answeredAt: row.answeredAt,
    messages: row.messages.map((message) => ({
      id: message.id,
      author: message.author.name,
      fromSecretariat: isSecretariat(message.author.role),
      body: message.body,
      at: message.createdAt,
    })),
  }))
}

/** The secretariat's whole view of one input's review, or null when it no longer reaches the secretariat. */
export async function getReviewInputDetail(
  db: Db,
  viewer: Viewer,
  kind: ReviewInputKind,
  inputId: string,
): Promise<ReviewInputDetail | null> {
  authorize(viewer, 'review.read')
  const input = await findReviewInput(db, viewer, kind, inputId)
  if (!input) return null
  const ref = { inputKind: kind, inputId }
  const [actions, clarifications, notes] = await Promise.all([
    db.reviewAction.findMany({
      where: ref,
      select: { id: true, version: true, stateBefore: true, stateAfter: true, createdAt: true, actor: { select: { name: true } } },
      orderBy: { createdAt: 'desc' },
    }),
    listClarifications(db, viewer, ref),
    db.reviewerNote.findMany({
      where: { AND: [readableReviewerNoteWhere(viewer), ref] },
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      orderBy: { createdAt: 'desc' },
    }),
  ])
  const reviewed =
    input.state === 'not_reviewed'
      ? actions.find((action) => readStates.includes(action.stateAfter) && action.version < input.version)
      : undefined
  const before = reviewed ? await readInputVersion(db, kind, inputId, reviewed.version) : null
  return {
    input,
    changedSince: reviewed && before ? { version: reviewed.version, changes: diffFields(before, input.fields) } : null,
    history: actions.map((action) => ({
      id: action.id,
      actor: action.actor.name,
      at: action.createdAt,
      version: action.version,
      before: action.stateBefore,
      after: action.stateAfter,
    })),
    clarifications,
    notes: notes.map((note) => ({ id: note.id, author: note.author.name, at: note.createdAt, body: note.body })),
  }
}

export type OwnReview = {
  /** The review state of each of the own delegation's current shares on the item that reach the secretariat. */
  states: OwnReviewState[]
  clarifications: ClarificationThread[]
}

export type OwnReviewState = { kind: ReviewInputKind; itemCode: string; version: number; state: ReviewState }

/** The own delegation's current shares that reach the secretariat, with their review states, on one item or on all. */
async function ownReviewStates(db: Db, delegationId: string, itemCode?: string): Promise<OwnReviewState[]> {
  const shared = { isCurrent: true, visibility: { in: ['delegation_and_secretariat', 'all_participants'] satisfies Visibility[] } }
  const parent = { delegationId, ...(itemCode ? { item: { code: itemCode } } : {}) }
  const select = { version: true, reviewState: true }
  const item = { select: { item: { select: { code: true } } } }
  const [positions, statuses] = await Promise.all([
    db.positionShare.findMany({ where: { ...shared, position: parent }, select: { ...select, position: item } }),
    db.implementationStatusShare.findMany({ where: { ...shared, status: parent }, select: { ...select, status: item } }),
  ])
  return [
    ...positions.map((share) => ({
      kind: 'position' as const,
      itemCode: share.position.item.code,
      version: share.version,
      state: share.reviewState,
    })),
    ...statuses.map((share) => ({
      kind: 'implementation_status' as const,
      itemCode: share.status.item.code,
      version: share.version,
      state: share.reviewState,
    })),
  ]
}

/** A delegation's view of the secretariat's review of its inputs on one item; null for anyone who acts for no delegation. */
export async function getOwnReviewOnItem(db: Db, viewer: Viewer, itemCode: string): Promise<OwnReview | null> {
  const delegationId = ownDelegationId(authorize(viewer))
  if (!delegationId) return null
  const [states, clarifications] = await Promise.all([
    ownReviewStates(db, delegationId, itemCode),
    listClarifications(db, viewer, { item: { code: itemCode } }),
  ])
  return { states, clarifications }
}

export type OwnReviewSummary = { position: ReviewState | null; status: ReviewState | null; openClarifications: number }

/** For the tracker: per item, the review state of the own delegation's shares and the secretariat's questions still unanswered. */
export async function listOwnReviewSummaries(db: Db, viewer: Viewer): Promise<Map<string, OwnReviewSummary>> {
  const delegationId = ownDelegationId(authorize(viewer))
  const summaries = new Map<string, OwnReviewSummary>()
  if (!delegationId) return summaries
  const [states, open] = await Promise.all([
    ownReviewStates(db, delegationId),
    db.clarification.findMany({
      where: { AND: [readableClarificationWhere(viewer), { delegationId, answeredAt: null }] },
      select: { item: { select: { code: true } } },
    }),
  ])
  const summaryOf = (itemCode: string) => {
    let summary = summaries.get(itemCode)
    if (!summary) summaries.set(itemCode, (summary = { position: null, status: null, openClarifications: 0 }))
    return summary
  }
  for (const { kind, itemCode, state } of states) summaryOf(itemCode)[kind === 'position' ? 'position' : 'status'] = state
  for (const { item } of open) summaryOf(item.code).openClarifications += 1
  return summaries
}
