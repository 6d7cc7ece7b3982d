/**
 * What a delegation's stocktaking submission says, as one JSON-serialisable
 * value: the cover data, then per GCM cluster and per item the item's text
 * and source, the delegation's shared position (with its wording as a
 * difference), its shared implementation status and the comments its focal
 * point selected. The JSON download is this value; Word, PDF and the
 * spreadsheets are rendered from it (./submission-documents.ts). The schema
 * is versioned and documented in the README.
 *
 * Only what the delegation shared beyond itself goes in: its current shares
 * at "delegation and secretariat" or "all participants". Drafts, withdrawn
 * shares and the secretariat's reviewer notes never do.
 */
import 'server-only'

import canonicalize from 'canonicalize'
import { createHash } from 'node:crypto'

import { authorize } from '@/lib/auth/authorize'
import { ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import { findItems } from '@/lib/catalogue/queries'
import type { Db } from '@/lib/db'
import { getStocktakingDate } from '@/lib/dashboards/stocktaking'
import { listShares, type Share } from '@/lib/drafts/drafts'
import { AppError } from '@/lib/errors'
import type { ExportDocument } from '@/lib/export/document'
import type { Renderable } from '@/lib/export/formats'
import type { ExportWorkbook } from '@/lib/export/table'
import type { Visibility } from '@/lib/generated/prisma/enums'
import { positionKind } from '@/lib/positions/position-kind'
import { stanceLabels, type PositionContent } from '@/lib/positions/position-schemas'
import { diffWording, type WordingChange } from '@/lib/positions/wording-diff'
import { statusKind } from '@/lib/statuses/status-kind'
import { implementationStateLabels, type StatusContent } from '@/lib/statuses/status-schemas'
import { readableCommentWhere } from '@/lib/visibility/comments'

export const SUBMISSION_SCHEMA = 'gfmd-gcm-stocktaking-submission'
export const SUBMISSION_SCHEMA_VERSION = 1

/** The levels at which a share is part of what a delegation sends: beyond the delegation itself. */
export const submittedVisibilities = ['delegation_and_secretariat', 'all_participants'] as const satisfies readonly Visibility[]

export type SubmissionPosition = {
  version: number
  sharedAt: string
  sharedWith: Visibility
  stance: PositionContent['stance']
  stanceLabel: string
  rationale: string
  proposedWording: string | null
  /** The proposed wording against the item's text, word by word; null without a wording. */
  wordingDifference: WordingChange[] | null
}

export type SubmissionStatus = {
  version: number
  sharedAt: string
  sharedWith: Visibility
  state: StatusContent['state']
  stateLabel: string
  evidence: string
  links: string[]
  asOf: string | null
}

export type SubmissionComment = { author: string; writtenAt: string; visibleTo: Visibility; body: string }

export type SubmissionItem = {
  code: string
  title: string
  text: string
  paragraphs: number[]
  position: SubmissionPosition | null
  implementationStatus: SubmissionStatus | null
  comments: SubmissionComment[]
}

export type SubmissionContent = {
  schema: typeof SUBMISSION_SCHEMA
  schemaVersion: typeof SUBMISSION_SCHEMA_VERSION
  delegation: { code: string; name: string; kind: 'member-state' | 'observer' }
  /** The submission version; null for an export of what is shared now, not submitted. */
  version: number | null
  /** When the content was read (the submission's moment for a version). */
  date: string
  focalPoints: string[]
  /** Who submitted this version; null for an export not submitted. */
  submittedBy: string | null
  meeting: { name: string; place: string; date: string | null }
  source: { title: string; date: string }
  clusters: { number: number | null; title: string; items: SubmissionItem[] }[]
}

export const STOCKTAKING_MEETING = { name: 'Stocktaking meeting of the Global Compact for Migration', place: 'Mexico (Guadalajara)' }

const REPORT = {
  title: 'Summary report of the GFMD Dialogue on the Global Compact for Safe, Orderly and Regular Migration',
  date: '2017-04-06',
}

/** The JSON text a version is stored and hashed as: keys sorted (RFC 8785), so the same content is always the same bytes. */
export function canonicalJson(content: SubmissionContent | object): string {
  const text = canonicalize(content)
  if (text === undefined) throw new Error('A submission cannot be written as JSON.')
  return text
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/**
 * A content ready for every renderer: its canonical JSON and SHA-256, worked
 * out once, and the document and workbook made from it on demand, so each
 * file says exactly what the JSON says and carries the same receipt.
 */
export function renderableOf(
  content: object,
  views: { document: (sha256: string) => ExportDocument; workbook: (sha256: string) => ExportWorkbook },
): { sha256: string; renderable: Renderable } {
  const json = canonicalJson(content)
  const sha256 = sha256Hex(json)
  return { sha256, renderable: { json, document: () => views.document(sha256), workbook: () => views.workbook(sha256) } }
}

function positionOf(share: Share<PositionContent>, itemText: string): SubmissionPosition {
  return {
    version: share.version,
    sharedAt: share.sharedAt.toISOString(),
    sharedWith: share.visibility,
    stance: share.stance,
    stanceLabel: stanceLabels[share.stance],
    rationale: share.rationale,
    proposedWording: share.proposedWording,
    wordingDifference: share.proposedWording ? diffWording(itemText, share.proposedWording) : null,
  }
}

function statusOf(share: Share<StatusContent>): SubmissionStatus {
  return {
    version: share.version,
    sharedAt: share.sharedAt.toISOString(),
    sharedWith: share.visibility,
    state: share.state,
    stateLabel: implementationStateLabels[share.state],
    evidence: share.evidence,
    links: share.links,
    asOf: share.asOf,
  }
}

const isSubmitted = (share: { visibility: Visibility; isCurrent: boolean }) =>
  share.isCurrent && (submittedVisibilities as readonly Visibility[]).includes(share.visibility)

/**
 * The submission of the viewer's own delegation as it stands now: what a
 * focal point would submit, and what a delegation member exports.
 */
export async function buildSubmissionContent(
  db: Db,
  viewer: Viewer,
  options: { version?: number; date?: Date; submittedBy?: string } = {},
): Promise<SubmissionContent> {
  const delegationId = ownDelegationId(authorize(viewer, 'submission.export'))
  const delegation = viewer.delegation
  if (!delegationId || !delegation) throw new AppError('forbidden', 'Only a delegation’s members export its submission.')
  const own = { delegationCode: delegation.code, currentOnly: true }
  const [items, positions, statuses, comments, focalPoints, stocktaking, kind] = await Promise.all([
    findItems(db),
    listShares(db, viewer, positionKind, own),
    listShares(db, viewer, statusKind, own),
    db.comment.findMany({
      where: { AND: [readableCommentWhere(viewer), { delegationId, selectedForSubmission: true, deletedAt: null }] },
      select: { body: true, visibility: true, createdAt: true, author: { select: { name: true } }, item: { select: { code: true } } },
      orderBy: { createdAt: 'asc' },
    }),
    db.user.findMany({
      where: { delegationId, role: 'focal_point', deactivatedAt: null },
      select: { name: true },
      orderBy: { name: 'asc' },
    }),
    getStocktakingDate(db),
    db.delegation.findUniqueOrThrow({ where: { id: delegationId }, select: { kind: true } }),
  ])
  const positionByItem = new Map(positions.filter(isSubmitted).map((share) => [share.itemCode, share]))
  const statusByItem = new Map(statuses.filter(isSubmitted).map((share) => [share.itemCode, share]))
  const commentsByItem = new Map<string, typeof comments>()
  for (const comment of comments) commentsByItem.set(comment.item.code, [...(commentsByItem.get(comment.item.code) ?? []), comment])

  const clusters = new Map<number | null, SubmissionContent['clusters'][number]>()
  for (const item of items) {
    const position = positionByItem.get(item.code)
    const status = statusByItem.get(item.code)
    const itemComments = commentsByItem.get(item.code) ?? []
    if (!position && !status && itemComments.length === 0) continue
    // An item in several clusters is listed under its first, so each item appears once.
    const cluster = item.clusters[0] ?? null
    const key = cluster?.number ?? null
    if (!clusters.has(key)) clusters.set(key, { number: key, title: cluster?.title ?? 'The process and the GFMD’s role', items: [] })
    clusters.get(key)!.items.push({
      code: item.code,
      title: item.title,
      text: item.text,
      paragraphs: item.paragraphs,
      position: position ? positionOf(position, item.text) : null,
      implementationStatus: status ? statusOf(status) : null,
      comments: itemComments.map((comment) => ({
        author: comment.author.name,
        writtenAt: comment.createdAt.toISOString(),
        visibleTo: comment.visibility,
        body: comment.body,
      })),
    })
  }

  return {
    schema: SUBMISSION_SCHEMA,
    schemaVersion: SUBMISSION_SCHEMA_VERSION,
    delegation: { code: delegation.code, name: delegation.name, kind: kind.kind === 'observer' ? 'observer' : 'member-state' },
    version: options.version ?? null,
    date: (options.date ?? new Date()).toISOString(),
    focalPoints: focalPoints.map(({ name }) => name),
    submittedBy: options.submittedBy ?? null,
    meeting: { ...STOCKTAKING_MEETING, date: stocktaking ? stocktaking.toISOString().slice(0, 10) : null },
    source: REPORT,
    // Clusters in their order, the items without one last.
    clusters: [...clusters.values()].sort((a, b) => (a.number ?? 99) - (b.number ?? 99)),
  }
}
