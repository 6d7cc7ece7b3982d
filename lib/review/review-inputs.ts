/**
 * The inputs the secretariat reviews, read the same way for every kind: a
 * delegation's current share of a position or an implementation status, or a
 * comment of a delegation's, at a level that reaches the secretariat. Each is
 * shown as labelled fields, so one diff and one layout serve every kind.
 */
import 'server-only'

import { actsForDelegation, rolesWhere } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import type { DraftKind } from '@/lib/drafts/draft-kind'
import { models } from '@/lib/drafts/drafts'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ReviewInputKind, ReviewState, Visibility } from '@/lib/generated/prisma/enums'
import { positionKind } from '@/lib/positions/position-kind'
import { stanceLabels, type PositionContent } from '@/lib/positions/position-schemas'
import { statusKind } from '@/lib/statuses/status-kind'
import { implementationStateLabels, type StatusContent } from '@/lib/statuses/status-schemas'
import { formatIsoDates } from '@/lib/dates'
import { readableCommentWhere } from '@/lib/visibility/comments'
import { readableShareWhere, visibilitiesSharedWith } from '@/lib/visibility/drafts'

/** One labelled part of an input, as a reviewer reads it. */
export type InputField = { label: string; text: string }

export type ReviewInput = {
  kind: ReviewInputKind
  /** The position's, the implementation status's or the comment's id: the review follows it across versions. */
  inputId: string
  version: number
  item: { code: string; title: string; text: string }
  delegation: { id: string; code: string; name: string }
  itemId: string
  sharedBy: string
  sharedAt: Date
  visibility: Visibility
  state: ReviewState
  fields: InputField[]
}

/** What the queue can be narrowed to; every filter applies to every kind. */
export type ReviewInputFilters = {
  delegation?: string
  group?: string
  cluster?: number
  kind?: ReviewInputKind
  item?: string
  state?: ReviewState
}

export function positionFields(position: PositionContent): InputField[] {
  return [
    { label: 'Stance', text: stanceLabels[position.stance] },
    { label: 'Rationale', text: position.rationale },
    ...(position.proposedWording ? [{ label: 'Proposed wording', text: position.proposedWording }] : []),
  ]
}

export function statusFields(status: StatusContent): InputField[] {
  return [
    { label: 'State', text: implementationStateLabels[status.state] },
    { label: 'Evidence', text: status.evidence },
    ...(status.links.length > 0 ? [{ label: 'Links', text: status.links.join('\n') }] : []),
    { label: 'As of', text: status.asOf ? formatIsoDates(status.asOf) : 'No date' },
  ]
}

export function commentFields(body: string): InputField[] {
  return [{ label: 'Comment', text: body }]
}

type ShareKind = 'position' | 'implementation_status'

/** The two kinds that follow the draft → share cycle, with their descriptors and how their content reads. */
export const shareSources = {
  position: {
    draftKind: positionKind as DraftKind<unknown>,
    table: 'PositionShare',
    fields: (content: unknown) => positionFields(content as PositionContent),
  },
  implementation_status: {
    draftKind: statusKind as DraftKind<unknown>,
    table: 'ImplementationStatusShare',
    fields: (content: unknown) => statusFields(content as StatusContent),
  },
} as const satisfies Record<ShareKind, unknown>

export function isShareKind(kind: ReviewInputKind): kind is ShareKind {
  return kind !== 'comment'
}

const delegationRoles = rolesWhere(actsForDelegation)

function itemAndDelegationWhere(filters: ReviewInputFilters) {
  return {
    ...(filters.delegation || filters.group
      ? {
          delegation: {
            ...(filters.delegation ? { code: filters.delegation } : {}),
            ...(filters.group ? { regionalGroup: filters.group } : {}),
          },
        }
      : {}),
    ...(filters.item || filters.cluster
      ? {
          item: {
            ...(filters.item ? { code: filters.item } : {}),
            ...(filters.cluster ? { clusters: { some: { clusterNumber: filters.cluster } } } : {}),
          },
        }
      : {}),
  }
}

/** Current shares of one kind that reach the secretariat, as a `where` on the kind's share table. */
export function reviewableShareWhere(viewer: Viewer, kind: ShareKind, filters: ReviewInputFilters & { inputId?: string }): object {
  const { parent } = shareSources[kind].draftKind
  return {
    AND: [
      readableShareWhere(viewer, parent),
      { isCurrent: true, visibility: { in: visibilitiesSharedWith(viewer) } },
      filters.state ? { reviewState: filters.state } : {},
      { [parent]: { ...itemAndDelegationWhere(filters), ...(filters.inputId ? { id: filters.inputId } : {}) } },
    ],
  }
}

/** Delegations' comments that reach the secretariat (its own answers are not inputs), as a `where`. */
export function reviewableCommentWhere(viewer: Viewer, filters: ReviewInputFilters & { inputId?: string }): Prisma.CommentWhereInput {
  return {
    AND: [
      readableCommentWhere(viewer),
      { visibility: { in: visibilitiesSharedWith(viewer) }, deletedAt: null, author: { role: { in: delegationRoles } } },
      filters.state ? { reviewState: filters.state } : {},
      itemAndDelegationWhere(filters),
      filters.inputId ? { id: filters.inputId } : {},
    ],
  }
}

const itemSelect = { select: { code: true, title: true, text: true } }
const delegationSelect = { select: { id: true, code: true, name: true } }

function shareSelect(kind: ShareKind) {
  const { draftKind } = shareSources[kind]
  return {
    ...Object.fromEntries(draftKind.columns.map((column) => [column, true])),
    id: true,
    version: true,
    visibility: true,
    sharedAt: true,
    reviewState: true,
    sharedBy: { select: { name: true } },
    [draftKind.parent]: { select: { id: true, itemId: true, item: itemSelect, delegation: delegationSelect } },
  }
}

type Row = Record<string, unknown>
type ParentRow = { id: string; itemId: string; item: ReviewInput['item']; delegation: ReviewInput['delegation'] }

function toShareInput(kind: ShareKind, row: Row): ReviewInput {
  const { draftKind, fields } = shareSources[kind]
  const parent = row[draftKind.parent] as ParentRow
  return {
    kind,
    inputId: parent.id,
    version: row.version as number,
    item: parent.item,
    itemId: parent.itemId,
    delegation: parent.delegation,
    sharedBy: (row.sharedBy as { name: string }).name,
    sharedAt: row.sharedAt as Date,
    visibility: row.visibility as Visibility,
    state: row.reviewState as ReviewState,
    fields: fields(draftKind.fromRow(row)),
  }
}

const commentSelect = {
  id: true,
  itemId: true,
  body: true,
  version: true,
  visibility: true,
  createdAt: true,
  editedAt: true,
  reviewState: true,
  author: { select: { name: true } },
  item: itemSelect,
  delegation: delegationSelect,
} satisfies Prisma.CommentSelect

function toCommentInput(row: Prisma.CommentGetPayload<{ select: typeof commentSelect }>): ReviewInput {
  return {
    kind: 'comment',
    inputId: row.id,
    version: row.version,
    item: row.item,
    itemId: row.itemId,
    delegation: row.delegation,
    sharedBy: row.author.name,
    sharedAt: row.editedAt ?? row.createdAt,
    visibility: row.visibility,
    state: row.reviewState,
    fields: commentFields(row.body),
  }
}

/** Up to `take` inputs of one kind, newest first, and how many there are in all. */
export async function listReviewInputs(
  db: Db,
  viewer: Viewer,
  kind: ReviewInputKind,
  filters: ReviewInputFilters,
  take: number,
): Promise<{ inputs: ReviewInput[]; total: number }> {
  if (isShareKind(kind)) {
    const model = models(db, shareSources[kind].draftKind).share as unknown as {
      findMany(args: object): Promise<Row[]>
      count(args: object): Promise<number>
    }
    const where = reviewableShareWhere(viewer, kind, filters)
    const [rows, total] = await Promise.all([
      model.findMany({ where, select: shareSelect(kind), orderBy: [{ sharedAt: 'desc' }, { id: 'desc' }], take }),
      model.count({ where }),
    ])
    return { inputs: rows.map((row) => toShareInput(kind, row)), total }
  }
  const where = reviewableCommentWhere(viewer, filters)
  const [rows, total] = await Promise.all([
    db.comment.findMany({ where, select: commentSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take }),
    db.comment.count({ where }),
  ])
  return { inputs: rows.map(toCommentInput), total }
}

/** One input as the secretariat may read it now, or null (unknown, withdrawn, deleted, or not the viewer's to review). */
export async function findReviewInput(
  db: Db | Prisma.TransactionClient,
  viewer: Viewer,
  kind: ReviewInputKind,
  inputId: string,
): Promise<ReviewInput | null> {
  if (isShareKind(kind)) {
    const row = await models(db, shareSources[kind].draftKind).share.findFirst({
      where: reviewableShareWhere(viewer, kind, { inputId }),
      select: shareSelect(kind),
    })
    return row ? toShareInput(kind, row) : null
  }
  const row = await db.comment.findFirst({ where: reviewableCommentWhere(viewer, { inputId }), select: commentSelect })
  return row ? toCommentInput(row) : null
}

/** The fields of an earlier version of an input, for the diff against what is shared now; null when that version is gone. */
export async function readInputVersion(db: Db, kind: ReviewInputKind, inputId: string, version: number): Promise<InputField[] | null> {
  if (isShareKind(kind)) {
    const { draftKind, fields } = shareSources[kind]
    const row = await models(db, draftKind).share.findFirst({
      where: { [draftKind.parentKey]: inputId, version },
      select: Object.fromEntries(draftKind.columns.map((column) => [column, true])),
      orderBy: { sharedAt: 'desc' },
    })
    return row ? fields(draftKind.fromRow(row)) : null
  }
  // A comment's earlier texts are its revisions; the current text is on the comment.
  const revision = await db.commentRevision.findFirst({ where: { commentId: inputId, version }, select: { body: true } })
  if (revision) return commentFields(revision.body)
  const comment = await db.comment.findFirst({ where: { id: inputId, version }, select: { body: true } })
  return comment ? commentFields(comment.body) : null
}
