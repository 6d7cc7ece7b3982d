/**
 * Implementation statuses: what a delegation already does about an item,
 * drafted by its delegates and shared by its focal point, in the same cycle as
 * a position (same permissions, same visibility rule, same versioned save).
 * Every function takes the viewer, checks the permission, scopes its query by
 * the visibility rule and returns DTOs.
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import { AppError } from '@/lib/errors'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ImplementationState, Visibility } from '@/lib/generated/prisma/enums'
import { NotFoundError, StaleShareError } from '@/lib/positions/positions'
import { lockDraft, saveVersionedDraft } from '@/lib/positions/versioned-draft'
import { readableDraftWhere, readableShareWhere } from '@/lib/positions/visibility'

/** A status's content as the history records it; the date as YYYY-MM-DD, the day it names whatever the time zone. */
export type StatusContent = { state: ImplementationState; evidence: string; links: string[]; asOf: string | null }

export type StatusDraft = {
  itemCode: string
  state: ImplementationState
  evidence: string
  links: string[]
  /** YYYY-MM-DD, or null when no date was given. */
  asOf: string | null
  version: number
  updatedAt: Date
  updatedBy: string
}

export type SharedStatus = {
  itemCode: string
  delegation: { code: string; name: string; kind: string }
  version: number
  state: ImplementationState
  evidence: string
  links: string[]
  asOf: string | null
  visibility: Visibility
  sharedAt: Date
  sharedBy: string
  isCurrent: boolean
}

export class StatusConflictError extends Error {
  constructor(public readonly current: StatusDraft) {
    super('Someone else saved this implementation status after you opened it.')
    this.name = 'StatusConflictError'
  }
}

/** A `@db.Date` column comes back as midnight UTC: its first ten characters are the day. */
function toDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null
}

function toContent(status: { state: ImplementationState; evidence: string; links: string[]; asOf: Date | null }): StatusContent {
  return { state: status.state, evidence: status.evidence, links: status.links, asOf: toDay(status.asOf) }
}

const draftSelect = {
  state: true,
  evidence: true,
  links: true,
  asOf: true,
  version: true,
  updatedAt: true,
  item: { select: { code: true } },
  updatedBy: { select: { name: true } },
} as const

function toDraft(status: Prisma.ImplementationStatusGetPayload<{ select: typeof draftSelect }>): StatusDraft {
  return {
    itemCode: status.item.code,
    ...toContent(status),
    version: status.version,
    updatedAt: status.updatedAt,
    updatedBy: status.updatedBy.name,
  }
}

/** The viewer's own delegation's implementation status on an item, or null (none yet, or no delegation). */
export async function getOwnStatus(db: Db, viewer: Viewer, itemCode: string): Promise<StatusDraft | null> {
  authorize(viewer, 'draft.edit')
  const status = await db.implementationStatus.findFirst({
    where: { ...readableDraftWhere(viewer), item: { code: itemCode } },
    select: draftSelect,
  })
  return status ? toDraft(status) : null
}

/** Every implementation status of the viewer's delegation, for its tracker and its export. */
export async function listOwnStatuses(db: Db, viewer: Viewer): Promise<StatusDraft[]> {
  authorize(viewer, 'draft.edit')
  const statuses = await db.implementationStatus.findMany({
    where: readableDraftWhere(viewer),
    select: draftSelect,
    orderBy: { item: { position: 'asc' } },
  })
  return statuses.map(toDraft)
}

export async function saveStatusDraft(
  db: Db,
  viewer: Viewer,
  input: {
    itemCode: string
    state: ImplementationState
    evidence: string
    links: string[]
    asOf: Date | null
    baseVersion: number | null
  },
): Promise<StatusDraft> {
  const delegationId = authorize(viewer, 'draft.edit').delegation?.id
  if (!delegationId) throw new NotFoundError('Your delegation')
  const item = await db.item.findFirst({ where: { code: input.itemCode, retiredAt: null }, select: { id: true } })
  if (!item) throw new NotFoundError(`Item ${input.itemCode}`)
  const fields = { state: input.state, evidence: input.evidence, links: input.links, asOf: input.asOf, updatedById: viewer.userId }
  const current = async (tx: Prisma.TransactionClient) =>
    toDraft(
      await tx.implementationStatus.findUniqueOrThrow({
        where: { itemId_delegationId: { itemId: item.id, delegationId } },
        select: draftSelect,
      }),
    )

  return saveVersionedDraft<StatusContent, StatusDraft>(db, {
    table: 'ImplementationStatus',
    itemId: item.id,
    delegationId,
    baseVersion: input.baseVersion,
    content: toContent(input),
    create: async (tx) => {
      const created = await tx.implementationStatus.createManyAndReturn({
        data: [{ itemId: item.id, delegationId, ...fields }],
        skipDuplicates: true,
        select: { id: true },
      })
      return created[0]?.id ?? null
    },
    read: async (tx, id) => {
      const status = await tx.implementationStatus.findUniqueOrThrow({ where: { id } })
      return { version: status.version, content: toContent(status) }
    },
    update: async (tx, id, version) => void (await tx.implementationStatus.update({ where: { id }, data: { ...fields, version } })),
    appendHistory: async (tx, entry) =>
      void (await tx.implementationStatusHistory.create({
        data: {
          statusId: entry.id,
          action: 'saved',
          version: entry.version,
          actorId: viewer.userId,
          ...(entry.before ? { before: entry.before } : {}),
          after: entry.after,
        },
      })),
    current,
    conflict: (draft) => new StatusConflictError(draft),
    notFound: () => new NotFoundError(`Your delegation's implementation status on ${input.itemCode}`),
  })
}

const sharedSelect = {
  version: true,
  state: true,
  evidence: true,
  links: true,
  asOf: true,
  visibility: true,
  sharedAt: true,
  isCurrent: true,
  sharedBy: { select: { name: true } },
  status: { select: { item: { select: { code: true } }, delegation: { select: { code: true, name: true, kind: true } } } },
} as const

function toShared(share: Prisma.ImplementationStatusShareGetPayload<{ select: typeof sharedSelect }>): SharedStatus {
  return {
    itemCode: share.status.item.code,
    delegation: share.status.delegation,
    version: share.version,
    ...toContent(share),
    visibility: share.visibility,
    sharedAt: share.sharedAt,
    sharedBy: share.sharedBy.name,
    isCurrent: share.isCurrent,
  }
}

/**
 * Shares the current status at a visibility level; the shared version stays
 * as it was until shared again. With `expectedVersion`, refuses
 * (StaleShareError) when the draft is no longer the version the focal point read.
 */
export async function shareStatus(
  db: Db,
  viewer: Viewer,
  input: { itemCode: string; visibility: Visibility; expectedVersion?: number },
): Promise<SharedStatus> {
  const delegationId = authorize(viewer, 'draft.share').delegation?.id
  if (!delegationId) throw new NotFoundError('Your delegation')
  return db.$transaction(async (tx) => {
    const found = await tx.implementationStatus.findFirst({
      where: { delegationId, item: { code: input.itemCode, retiredAt: null } },
      select: { itemId: true },
    })
    if (!found) throw new AppError('invalid', 'Save an implementation status before sharing it.')
    // Lock first, then read: the share that becomes current holds the draft as it is at that moment.
    const id = await lockDraft(tx, 'ImplementationStatus', { itemId: found.itemId, delegationId })
    if (!id) throw new AppError('invalid', 'Save an implementation status before sharing it.')
    const status = await tx.implementationStatus.findUniqueOrThrow({ where: { id } })
    if (input.expectedVersion !== undefined && input.expectedVersion !== status.version) throw new StaleShareError(status.version)
    await tx.implementationStatusShare.updateMany({ where: { statusId: id, isCurrent: true }, data: { isCurrent: false } })
    const share = await tx.implementationStatusShare.create({
      data: {
        statusId: id,
        version: status.version,
        state: status.state,
        evidence: status.evidence,
        links: status.links,
        asOf: status.asOf,
        visibility: input.visibility,
        sharedById: viewer.userId,
      },
      select: sharedSelect,
    })
    await tx.implementationStatusHistory.create({
      data: { statusId: id, action: 'shared', version: status.version, actorId: viewer.userId, after: { visibility: input.visibility } },
    })
    return toShared(share)
  })
}

/** Shared implementation statuses the viewer may read, optionally for one item or one delegation. */
export async function listSharedStatuses(
  db: Db,
  viewer: Viewer,
  filters: { itemCode?: string; delegationCode?: string; currentOnly?: boolean } = {},
): Promise<SharedStatus[]> {
  authorize(viewer)
  const shares = await db.implementationStatusShare.findMany({
    where: {
      AND: [
        readableShareWhere(viewer, 'status'),
        filters.itemCode ? { status: { item: { code: filters.itemCode } } } : {},
        filters.delegationCode ? { status: { delegation: { code: filters.delegationCode } } } : {},
        filters.currentOnly ? { isCurrent: true } : {},
      ],
    },
    select: sharedSelect,
    orderBy: [{ status: { item: { position: 'asc' } } }, { sharedAt: 'desc' }],
  })
  return shares.map(toShared)
}

export type StatusHistoryEntry = {
  action: 'saved' | 'shared'
  version: number
  actor: string
  at: Date
  before: StatusContent | null
  after: StatusContent | { visibility: Visibility }
}

/** The own delegation's history of its implementation status on an item, newest first; others see none of it. */
export async function listStatusHistory(db: Db, viewer: Viewer, itemCode: string): Promise<StatusHistoryEntry[]> {
  authorize(viewer, 'draft.edit')
  const entries = await db.implementationStatusHistory.findMany({
    where: { status: { ...readableDraftWhere(viewer), item: { code: itemCode } } },
    select: { action: true, version: true, createdAt: true, before: true, after: true, actor: { select: { name: true } } },
    orderBy: [{ createdAt: 'desc' }, { version: 'desc' }],
  })
  return entries.map((entry) => ({
    action: entry.action,
    version: entry.version,
    actor: entry.actor.name,
    at: entry.createdAt,
    before: entry.before as StatusContent | null,
    after: entry.after as StatusHistoryEntry['after'],
  }))
}
