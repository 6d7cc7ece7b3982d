/**
 * The secretariat's review queue: every input shared with it or wider, newest
 * first, under the filters in the address. Each entry says what changed since
 * the version the secretariat last reviewed, and whether a clarification it
 * asked for is open or answered.
 */
import 'server-only'

import { z } from 'zod'

import { authorize } from '@/lib/auth/authorize'
import type { Viewer } from '@/lib/auth/viewer'
import { itemCodeSchema } from '@/lib/catalogue/item-code'
import type { Db } from '@/lib/db'
import { ReviewInputKind, ReviewState } from '@/lib/generated/prisma/enums'
import { diffWording, type WordingChange } from '@/lib/positions/wording-diff'
import { firstParam, type SearchParams } from '@/lib/search-params'
import { readableClarificationWhere } from '@/lib/visibility/review'

import { listReviewInputs, readInputVersion, type InputField, type ReviewInput, type ReviewInputFilters } from './review-inputs'
import { readStates, reviewInputKinds } from './review-states'

export const QUEUE_PAGE_SIZE = 25

export type ReviewQueueFilters = ReviewInputFilters & { page?: number }

const filtersSchema = z.object({
  delegation: z
    .string()
    .regex(/^[A-Z0-9-]{2,12}$/)
    .optional()
    .catch(undefined),
  group: z.string().max(100).optional().catch(undefined),
  cluster: z.coerce.number().int().min(1).max(6).optional().catch(undefined),
  kind: z.enum(ReviewInputKind).optional().catch(undefined),
  item: itemCodeSchema.optional().catch(undefined),
  state: z.enum(ReviewState).optional().catch(undefined),
  page: z.coerce.number().int().min(2).max(10_000).optional().catch(undefined),
})

/** Filters from the address; what is not understood is dropped, never an error page. */
export function parseReviewQueueFilters(params: SearchParams): ReviewQueueFilters {
  const raw = Object.fromEntries(Object.keys(filtersSchema.shape).map((key) => [key, firstParam(params, key)]))
  const parsed = filtersSchema.parse(raw)
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as ReviewQueueFilters
}

export type FieldChange = { label: string; parts: WordingChange[] }

export type ReviewQueueEntry = ReviewInput & {
  /** When this version is not reviewed but an earlier one was: that version, and what changed since, field by field. */
  changedSince: { version: number; changes: FieldChange[] } | null
  clarification: 'open' | 'answered' | null
}

export type ReviewQueue = {
  entries: ReviewQueueEntry[]
  total: number
  page: number
  pageCount: number
}

/** Field-by-field word differences; unchanged fields are left out. */
export function diffFields(before: InputField[], after: InputField[]): FieldChange[] {
  const labels = [...new Set([...before, ...after].map(({ label }) => label))]
  return labels.flatMap((label) => {
    const was = before.find((field) => field.label === label)?.text ?? ''
    const now = after.find((field) => field.label === label)?.text ?? ''
    return was === now ? [] : [{ label, parts: diffWording(was, now) }]
  })
}

async function withChangesSinceReviewed(db: Db, inputs: ReviewInput[]): Promise<Map<ReviewInput, ReviewQueueEntry['changedSince']>> {
  const waiting = inputs.filter((input) => input.state === 'not_reviewed')
  const changes = new Map<ReviewInput, ReviewQueueEntry['changedSince']>()
  if (waiting.length === 0) return changes
  const actions = await db.reviewAction.findMany({
    where: { OR: waiting.map(({ kind, inputId }) => ({ inputKind: kind, inputId })), stateAfter: { in: [...readStates] } },
    select: { inputKind: true, inputId: true, version: true },
    orderBy: { createdAt: 'desc' },
  })
  await Promise.all(
    waiting.map(async (input) => {
      const reviewed = actions.find(
        (action) => action.inputKind === input.kind && action.inputId === input.inputId && action.version < input.version,
      )
      if (!reviewed) return
      const before = await readInputVersion(db, input.kind, input.inputId, reviewed.version)
      if (before) changes.set(input, { version: reviewed.version, changes: diffFields(before, input.fields) })
    }),
  )
  return changes
}

/** The open or answered state of the latest clarification on each input, as the viewer may read them. */
export async function clarificationStates(db: Db, viewer: Viewer, inputs: Pick<ReviewInput, 'kind' | 'inputId'>[]) {
  const states = new Map<string, 'open' | 'answered'>()
  if (inputs.length === 0) return states
  const clarifications = await db.clarification.findMany({
    where: { AND: [readableClarificationWhere(viewer), { OR: inputs.map(({ kind, inputId }) => ({ inputKind: kind, inputId })) }] },
    select: { inputKind: true, inputId: true, answeredAt: true },
    orderBy: { createdAt: 'asc' },
  })
  for (const clarification of clarifications) {
    states.set(`${clarification.inputKind}:${clarification.inputId}`, clarification.answeredAt ? 'answered' : 'open')
  }
  return states
}

export async function getReviewQueue(db: Db, viewer: Viewer, filters: ReviewQueueFilters): Promise<ReviewQueue> {
  authorize(viewer, 'review.read')
  const page = filters.page ?? 1
  const kinds = filters.kind ? [filters.kind] : reviewInputKinds
  // Every kind's newest page·size entries are enough to know the merged list's page.
  const perKind = await Promise.all(kinds.map((kind) => listReviewInputs(db, viewer, kind, filters, page * QUEUE_PAGE_SIZE)))
  const total = perKind.reduce((sum, { total }) => sum + total, 0)
  const inputs = perKind
    .flatMap(({ inputs }) => inputs)
    .sort((a, b) => b.sharedAt.getTime() - a.sharedAt.getTime() || b.inputId.localeCompare(a.inputId))
    .slice((page - 1) * QUEUE_PAGE_SIZE, page * QUEUE_PAGE_SIZE)
  const [changes, clarifications] = await Promise.all([withChangesSinceReviewed(db, inputs), clarificationStates(db, viewer, inputs)])
  return {
    entries: inputs.map((input) => ({
      ...input,
      changedSince: changes.get(input) ?? null,
      clarification: clarifications.get(`${input.kind}:${input.inputId}`) ?? null,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
  }
}
