/**
 * Positions: a delegation's stance on an item, drafted by its delegates and
 * shared by its focal point. Every function takes the viewer, checks the
 * permission, scopes its query by the visibility rule and returns DTOs.
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import { AppError } from '@/lib/errors'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Stance, Visibility } from '@/lib/generated/prisma/enums'

import { saveVersionedDraft, lockDraft } from './versioned-draft'
import { readableDraftWhere, readableShareWhere } from './visibility'

type PositionContent = { stance: Stance; rationale: string; proposedWording: string | null }

export type PositionDraft = {
  itemCode: string
  stance: Stance
  rationale: string
  proposedWording: string | null
  version: number
  updatedAt: Date
  updatedBy: string
}

export type SharedPosition = {
  itemCode: string
  delegation: { code: string; name: string; kind: string }
  version: number
  stance: Stance
  rationale: string
  proposedWording: string | null
  visibility: Visibility
  sharedAt: Date
  sharedBy: string
  isCurrent: boolean
}

export class PositionConflictError extends Error {
  constructor(public readonly current: PositionDraft) {
    super('Someone else saved this position after you opened it.')
    this.name = 'PositionConflictError'
  }
}

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} was not found.`)
    this.name = 'NotFoundError'
  }
}

const draftSelect = {
  stance: true,
  rationale: true,
  proposedWording: true,
  version: true,
  updatedAt: true,
  item: { select: { code: true } },
  updatedBy: { select: { name: true } },
} as const

function toDraft(position: {
  stance: Stance
  rationale: string
  proposedWording: string | null
  version: number
  updatedAt: Date
  item: { code: string }
  updatedBy: { name: string }
}): PositionDraft {
  return {
    itemCode: position.item.code,
    stance: position.stance,
    rationale: position.rationale,
    proposedWording: position.proposedWording,
    version: position.version,
    updatedAt: position.updatedAt,
    updatedBy: position.updatedBy.name,
  }
}

/** The viewer's own delegation's draft on an item, or null (none yet, or no delegation). */
export async function getOwnDraft(db: Db, viewer: Viewer, itemCode: string): Promise<PositionDraft | null> {
  authorize(viewer, 'draft.edit')
  const position = await db.position.findFirst({ where: { ...readableDraftWhere(viewer), item: { code: itemCode } }, select: draftSelect })
  return position ? toDraft(position) : null
}

/** Every draft of the viewer's delegation, for its tracker and its export. */
export async function listOwnDrafts(db: Db, viewer: Viewer): Promise<PositionDraft[]> {
  authorize(viewer, 'draft.edit')
  const positions = await db.position.findMany({
    where: readableDraftWhere(viewer),
    select: draftSelect,
    orderBy: { item: { position: 'asc' } },
  })
  return positions.map(toDraft)
}

export async function savePositionDraft(
  db: Db,
  viewer: Viewer,
  input: { itemCode: string; stance: Stance; rationale: string; proposedWording: string | null; baseVersion: number | null },
): Promise<PositionDraft> {
  const delegationId = authorize(viewer, 'draft.edit').delegation?.id
  if (!delegationId) throw new NotFoundError('Your delegation')
  const item = await db.item.findFirst({ where: { code: input.itemCode, retiredAt: null }, select: { id: true } })
  if (!item) throw new NotFoundError(`Item ${input.itemCode}`)
  const fields = { stance: input.stance, rationale: input.rationale, proposedWording: input.proposedWording, updatedById: viewer.userId }

  return saveVersionedDraft<PositionContent, PositionDraft>(db, {
    table: 'Position',
    itemId: item.id,
    delegationId,
    baseVersion: input.baseVersion,
    content: content(input),
    create: async (tx) => {
      const created = await tx.position.createManyAndReturn({
        data: [{ itemId: item.id, delegationId, ...fields }],
        skipDuplicates: true,
        select: { id: true },
      })
      return created[0]?.id ?? null
    },
    read: async (tx, id) => {
      const position = await tx.position.findUniqueOrThrow({ where: { id } })
      return { version: position.version, content: content(position) }
    },
    update: async (tx, id, version) => void (await tx.position.update({ where: { id }, data: { ...fields, version } })),
    appendHistory: async (tx, entry) =>
      void (await tx.positionHistory.create({
        data: {
          positionId: entry.id,
          action: 'saved',
          version: entry.version,
          actorId: viewer.userId,
          // Prisma tells a JSON null apart from a missing value: the first save has no "before".
          ...(entry.before ? { before: entry.before } : {}),
          after: entry.after,
        },
      })),
    current: (tx) => currentDraft(tx, delegationId, item.id),
    conflict: (current) => new PositionConflictError(current),
    notFound: () => new NotFoundError(`Your delegation's position on ${input.itemCode}`),
  })
}

/** A position's words as its history records them. */
function content(position: PositionContent): PositionContent {
  return { stance: position.stance, rationale: position.rationale, proposedWording: position.proposedWording }
}

async function currentDraft(db: Prisma.TransactionClient, delegationId: string, itemId: string): Promise<PositionDraft> {
  return toDraft(await db.position.findUniqueOrThrow({ where: { itemId_delegationId: { itemId, delegationId } }, select: draftSelect }))
}

export class StaleShareError extends Error {
  constructor(public readonly currentVersion: number) {
    super(`The draft has been saved again (now version ${currentVersion}) since it was shown. Read it before sharing.`)
    this.name = 'StaleShareError'
  }
}

/**
 * Shares the current draft at a visibility level; the shared version stays as
 * it was until shared again. With `expectedVersion`, refuses (StaleShareError)
 * when the draft is no longer the version the focal point read.
 */
export async function sharePosition(
  db: Db,
  viewer: Viewer,
  input: { itemCode: string; visibility: Visibility; expectedVersion?: number },
): Promise<SharedPosition> {
  const delegationId = authorize(viewer, 'draft.share').delegation?.id
  if (!delegationId) throw new NotFoundError('Your delegation')
  return db.$transaction(async (tx) => {
    const found = await tx.position.findFirst({
      where: { delegationId, item: { code: input.itemCode, retiredAt: null } },
      select: { id: true, itemId: true },
    })
    if (!found) throw new AppError('invalid', 'Save a draft before sharing it.')
    // Lock first, then read: two shares (or a share and a save) cannot interleave,
    // so the share that becomes current holds the draft as it is at that moment.
    await lockDraft(tx, 'Position', { itemId: found.itemId, delegationId })
    const position = await tx.position.findUniqueOrThrow({
      where: { id: found.id },
      select: { id: true, stance: true, rationale: true, proposedWording: true, version: true },
    })
    if (input.expectedVersion !== undefined && input.expectedVersion !== position.version) throw new StaleShareError(position.version)
    await tx.positionShare.updateMany({ where: { positionId: position.id, isCurrent: true }, data: { isCurrent: false } })
    const share = await tx.positionShare.create({
      data: {
        positionId: position.id,
        version: position.version,
        stance: position.stance,
        rationale: position.rationale,
        proposedWording: position.proposedWording,
        visibility: input.visibility,
        sharedById: viewer.userId,
      },
      select: sharedSelect,
    })
    await tx.positionHistory.create({
      data: {
        positionId: position.id,
        action: 'shared',
        version: position.version,
        actorId: viewer.userId,
        after: { visibility: input.visibility },
      },
    })
    return toShared(share)
  })
}

const sharedSelect = {
  version: true,
  stance: true,
  rationale: true,
  proposedWording: true,
  visibility: true,
  sharedAt: true,
  isCurrent: true,
  sharedBy: { select: { name: true } },
  position: { select: { item: { select: { code: true } }, delegation: { select: { code: true, name: true, kind: true } } } },
} as const

function toShared(share: {
  version: number
  stance: Stance
  rationale: string
  proposedWording: string | null
  visibility: Visibility
  sharedAt: Date
  isCurrent: boolean
  sharedBy: { name: string }
  position: { item: { code: string }; delegation: { code: string; name: string; kind: string } }
}): SharedPosition {
  return {
    itemCode: share.position.item.code,
    delegation: share.position.delegation,
    version: share.version,
    stance: share.stance,
    rationale: share.rationale,
    proposedWording: share.proposedWording,
    visibility: share.visibility,
    sharedAt: share.sharedAt,
    sharedBy: share.sharedBy.name,
    isCurrent: share.isCurrent,
  }
}

/** Shared positions the viewer may read, optionally for one item or one delegation. */
export async function listSharedPositions(
  db: Db,
  viewer: Viewer,
  filters: { itemCode?: string; delegationCode?: string; currentOnly?: boolean } = {},
): Promise<SharedPosition[]> {
  authorize(viewer)
  const shares = await db.positionShare.findMany({
    where: {
      AND: [
        readableShareWhere(viewer, 'position'),
        filters.itemCode ? { position: { item: { code: filters.itemCode } } } : {},
        filters.delegationCode ? { position: { delegation: { code: filters.delegationCode } } } : {},
        filters.currentOnly ? { isCurrent: true } : {},
      ],
    },
    select: sharedSelect,
    orderBy: [{ position: { item: { position: 'asc' } } }, { sharedAt: 'desc' }],
  })
  return shares.map(toShared)
}

/** How many delegations' current shared positions on each item reach the viewer (the same rule as the list). */
export async function countSharedPositionsByItem(db: Db, viewer: Viewer): Promise<Map<string, number>> {
  authorize(viewer)
  const shares = await db.positionShare.findMany({
    where: { AND: [readableShareWhere(viewer, 'position'), { isCurrent: true }] },
    select: { position: { select: { item: { select: { code: true } } } } },
  })
  const counts = new Map<string, number>()
  for (const share of shares) counts.set(share.position.item.code, (counts.get(share.position.item.code) ?? 0) + 1)
  return counts
}

export type PositionHistoryEntry = {
  action: 'saved' | 'shared'
  version: number
  actor: string
  at: Date
  before: PositionContent | null
  after: PositionContent | { visibility: Visibility }
}

/** The own delegation's history of its position on an item, newest first; others see none of it. */
export async function listPositionHistory(db: Db, viewer: Viewer, itemCode: string): Promise<PositionHistoryEntry[]> {
  authorize(viewer, 'draft.edit')
  const entries = await db.positionHistory.findMany({
    where: { position: { ...readableDraftWhere(viewer), item: { code: itemCode } } },
    select: { action: true, version: true, createdAt: true, before: true, after: true, actor: { select: { name: true } } },
    orderBy: [{ createdAt: 'desc' }, { version: 'desc' }],
  })
  return entries.map((entry) => ({
    action: entry.action,
    version: entry.version,
    actor: entry.actor.name,
    at: entry.createdAt,
    before: entry.before as PositionContent | null,
    after: entry.after as PositionHistoryEntry['after'],
  }))
}
