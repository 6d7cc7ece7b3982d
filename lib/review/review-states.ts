/** The words for review states and input kinds, and which states a reviewer may set by hand. */
import { ReviewInputKind, ReviewState } from '@/lib/generated/prisma/enums'

export const reviewStates = Object.values(ReviewState)
export const reviewInputKinds = Object.values(ReviewInputKind)

export const reviewStateLabels: Record<ReviewState, string> = {
  not_reviewed: 'Not reviewed',
  reviewed: 'Reviewed',
  clarification_requested: 'Clarification requested',
  included: 'Included in the contribution',
}

export const reviewInputKindLabels: Record<ReviewInputKind, string> = {
  position: 'Position',
  implementation_status: 'Implementation status',
  comment: 'Comment',
}

/** The path segment of an input's review page: `/review/position/…`. */
export const reviewInputKindSlugs: Record<ReviewInputKind, string> = {
  position: 'position',
  implementation_status: 'implementation-status',
  comment: 'comment',
}

export function reviewInputKindFromSlug(slug: string): ReviewInputKind | null {
  const found = Object.entries(reviewInputKindSlugs).find(([, value]) => value === slug)
  return found ? (found[0] as ReviewInputKind) : null
}

export function reviewInputHref(kind: ReviewInputKind, inputId: string): string {
  return `/review/${reviewInputKindSlugs[kind]}/${encodeURIComponent(inputId)}`
}

/**
 * States a reviewer sets with a button. "Clarification requested" is set by
 * asking a question (it opens a thread), never on its own.
 */
export const decidableStates = ['not_reviewed', 'reviewed', 'included'] as const satisfies readonly ReviewState[]
export type DecidableState = (typeof decidableStates)[number]

/** States that count as the secretariat having read a version: the queue diffs a later share against the last of them. */
export const readStates: readonly ReviewState[] = ['reviewed', 'included']
