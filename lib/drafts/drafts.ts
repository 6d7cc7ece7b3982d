/**
 * The cycle every delegation input follows, written once for every kind
 * (./draft-kind.ts): a draft per item and delegation, saved with optimistic
 * versions; shares that freeze a version at a visibility level, the latest
 * one current; an append-only history of every save and share. Every
 * function takes the viewer, checks the permission, scopes its query by the
 * visibility rule (./visibility.ts) and returns DTOs.
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import { ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import { AppError, ConflictError } from '@/lib/errors'
import { Prisma } from '@/lib/generated/prisma/client'
import type { DelegationKind, HistoryAction, Visibility } from '@/lib/generated/prisma/enums'

import { modelProperty, withArticle, type DraftKind } from './draft-kind'
import { readableDraftWhere, readableShareWhere } from '@/lib/visibility/drafts'

type Tx = Prisma.TransactionClient

export type Draft<Content> = Content & {
  itemCode: string
  version: number
  updatedAt: Date
  updatedBy: string
}

export type Share<Content> = Content & {
  itemCode: string
  delegation: { code: string; name: string; kind: DelegationKind }
  version: number
  visibility: Visibility
  sharedAt: Date
  sharedBy: string
  isCurrent: boolean
}

export type HistoryEntry<Content> = {
  action: HistoryAction
  version: number
  actor: string
  at: Date
  /** The content a save replaced; null for the first save and for shares. */
  before: Content | null
  after: Content | { visibility: Visibility }
}

export type ShareFilters = {
  itemCode?: string
  delegationCode?: string
  currentOnly?: boolean
  /** Leaves one delegation's out (the viewer's own, which a page shows as its draft). */
  exceptDelegationCode?: string
  /** Newest first across items (an activity feed), and at most `take` of them. */
  newestFirst?: boolean
  take?: number
}

type Row = Record<string, unknown>

/**
 * The few model methods the cycle uses. Prisma types each model's methods on
 * their own, so a kind's models are reached by name through this one shape;
 * the descriptor's `fromRow` checks what comes back.
 */
type Model = {
  findFirst(args: object): Promise<Row | null>
  findMany(args: object): Promise<Row[]>
  count(args: object): Promise<number>
  findUniqueOrThrow(args: object): Promise<Row>
  create(args: object): Promise<Row>
  createManyAndReturn(args: object): Promise<Row[]>
  update(args: object): Promise<Row>
  updateMany(args: object): Promise<{ count: number }>
}

/** A kind's draft, share and history models, for the libs that read shares by kind (the review). */
export function models<Content>(db: Db | Tx, kind: DraftKind<Content>) {
  const client = db as unknown as Record<string, Model>
  return { draft: client[modelProperty(kind.draftModel)]!, share: client[kind.shareModel]!, history: client[kind.historyModel]! }
}

const select = (columns: readonly string[]) => Object.fromEntries(columns.map((column) => [column, true]))

function draftSelect<Content>(kind: DraftKind<Content>) {
  return {
    ...select(kind.columns),
    version: true,
    updatedAt: true,
    item: { select: { code: true } },
    updatedBy: { select: { name: true } },
  }
}

function toDraft<Content>(kind: DraftKind<Content>, row: Row): Draft<Content> {
  const { item, updatedBy } = row as { item: { code: string }; updatedBy: { name: string } }
  return {
    ...kind.fromRow(row),
    itemCode: item.code,
    version: row.version as number,
    updatedAt: row.updatedAt as Date,
    updatedBy: updatedBy.name,
  }
}

function shareSelect<Content>(kind: DraftKind<Content>) {
  return {
    ...select(kind.columns),
    version: true,
    visibility: true,
    sharedAt: true,
    isCurrent: true,
    sharedBy: { select: { name: true } },
    [kind.parent]: { select: { item: { select: { code: true } }, delegation: { select: { code: true, name: true, kind: true } } } },
  }
}

function toShare<Content>(kind: DraftKind<Content>, row: Row): Share<Content> {
  const parent = row[kind.parent] as { item: { code: string }; delegation: Share<Content>['delegation'] }
  return {
    ...kind.fromRow(row),
    itemCode: parent.item.code,
    delegation: parent.delegation,
    version: row.version as number,
    visibility: row.visibility as Visibility,
    sharedAt: row.sharedAt as Date,
    sharedBy: (row.sharedBy as { name: string }).name,
    isCurrent: row.isCurrent as boolean,
  }
}

/** The viewer's own delegation's draft on an item, or null (none yet). */
export async function getOwnDraft<Content>(
  db: Db,
  viewer: Viewer,
  kind: DraftKind<Content>,
  itemCode: string,
): Promise<Draft<Content> | null> {
  authorize(viewer, 'draft.edit')
  const row = await models(db, kind).draft.findFirst({
    where: { ...readableDraftWhere(viewer), item: { code: itemCode } },
    select: draftSelect(kind),
  })
  return row ? toDraft(kind, row) : null
}

/** Every draft of the viewer's delegation, in catalogue order. */
export async function listOwnDrafts<Content>(db: Db, viewer: Viewer, kind: DraftKind<Content>): Promise<Draft<Content>[]> {
  authorize(viewer, 'draft.edit')
  const rows = await models(db, kind).draft.findMany({
    where: readableDraftWhere(viewer),
    select: draftSelect(kind),
    orderBy: { item: { position: 'asc' } },
  })
  return rows.map((row) => toDraft(kind, row))
}

/** Shares the viewer may read, in catalogue order and newest first, optionally for one item or one delegation. */
export async function listShares<Content>(
  db: Db,
  viewer: Viewer,
  kind: DraftKind<Content>,
  filters: ShareFilters = {},
): Promise<Share<Content>[]> {
  authorize(viewer)
  const rows = await models(db, kind).share.findMany({
    where: shareWhere(viewer, kind, filters),
    select: shareSelect(kind),
    orderBy: filters.newestFirst ? [{ sharedAt: 'desc' }] : [{ [kind.parent]: { item: { position: 'asc' } } }, { sharedAt: 'desc' }],
    take: filters.take,
  })
  return rows.map((row) => toShare(kind, row))
}

/** How many shares listShares would list with these filters and no `take`. */
export async function countShares<Content>(db: Db, viewer: Viewer, kind: DraftKind<Content>, filters: ShareFilters = {}): Promise<number> {
  authorize(viewer)
  return models(db, kind).share.count({ where: shareWhere(viewer, kind, filters) })
}

function shareWhere<Content>(viewer: Viewer, kind: DraftKind<Content>, filters: ShareFilters): Row {
  return {
    AND: [
      readableShareWhere(viewer, kind.parent),
      filters.itemCode ? { [kind.parent]: { item: { code: filters.itemCode } } } : {},
      filters.delegationCode ? { [kind.parent]: { delegation: { code: filters.delegationCode } } } : {},
      filters.exceptDelegationCode ? { [kind.parent]: { delegation: { code: { not: filters.exceptDelegationCode } } } } : {},
      filters.currentOnly ? { isCurrent: true } : {},
    ],
  }
}

/** The delegation a viewer writes drafts for, and the current item a draft is on; not found otherwise. */
async function ownDraftKey(db: Db, viewer: Viewer, permission: 'draft.edit' | 'draft.share', noun: string, itemCode: string) {
  const delegationId = ownDelegationId(authorize(viewer, permission))
  if (!delegationId) throw new AppError('not_found', 'Your account belongs to no delegation.')
  const item = await db.item.findFirst({ where: { code: itemCode, retiredAt: null }, select: { id: true } })
  if (!item) throw new AppError('not_found', `Item ${itemCode} was not found: ${withArticle(noun)} can only be recorded on a current item.`)
  return { itemId: item.id, delegationId }
}

/**
 * Locks a draft row until the transaction ends, so two saves (or a save and a
 * share) of the same draft cannot interleave. Returns its id, or null when
 * the delegation has no draft on the item.
 */
async function lockDraft<Content>(tx: Tx, kind: DraftKind<Content>, key: { itemId: string; delegationId: string }): Promise<string | null> {
  // The table name comes from the descriptor, never from a request.
  const [locked] = await tx.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT id FROM ${Prisma.raw(`"${kind.draftModel}"`)} WHERE "itemId" = ${key.itemId} AND "delegationId" = ${key.delegationId} FOR UPDATE`,
  )
  return locked?.id ?? null
}

/**
 * Saves the own delegation's draft on top of `baseVersion` (null: the first
 * draft), with one history entry. When someone saved in between, throws a
 * ConflictError carrying their draft, and changes nothing.
 */
export async function saveDraft<Content>(
  db: Db,
  viewer: Viewer,
  kind: DraftKind<Content>,
  input: Content & { itemCode: string; baseVersion: number | null },
): Promise<Draft<Content>> {
  const key = await ownDraftKey(db, viewer, 'draft.edit', kind.noun, input.itemCode)
  // Written as columns; recorded in the history as the content those columns read back as.
  const columns = kind.toRow(input)
  const content = kind.fromRow(columns)
  const fields = { ...columns, updatedById: viewer.userId }

  return db.$transaction(async (tx) => {
    const { draft, history } = models(tx, kind)
    const current = async () =>
      toDraft(kind, await draft.findUniqueOrThrow({ where: { itemId_delegationId: key }, select: draftSelect(kind) }))
    const conflict = async () => new ConflictError(`Someone else saved this ${kind.noun} after you opened it.`, await current())
    const record = (id: string, version: number, before: Content | null) =>
      history.create({
        data: {
          [kind.parentKey]: id,
          action: 'saved',
          version,
          actorId: viewer.userId,
          // Prisma tells a JSON null apart from a missing value: the first save has no "before".
          ...(before ? { before } : {}),
          after: content,
        },
      })

    if (input.baseVersion === null) {
      const [created] = await draft.createManyAndReturn({ data: [{ ...key, ...fields }], skipDuplicates: true, select: { id: true } })
      if (!created) throw await conflict()
      await record(created.id as string, 1, null)
      return current()
    }
    // Lock the row, then compare: only the version the person started from may
    // be overwritten (no lost updates), and the history sees what it replaced.
    const id = await lockDraft(tx, kind, key)
    if (!id) throw new AppError('not_found', `Your delegation has no ${kind.noun} on ${input.itemCode} to save over. Reload the page.`)
    const before = await draft.findUniqueOrThrow({ where: { id } })
    if (before.version !== input.baseVersion) throw await conflict()
    const version = (before.version as number) + 1
    await draft.update({ where: { id }, data: { ...fields, version } })
    await record(id, version, kind.fromRow(before))
    return current()
  })
}

/**
 * Shares the own delegation's current draft at a visibility level; the shared
 * version stays as it was until shared again. With `expectedVersion`, refuses
 * (stale) when the draft is no longer the version the focal point read.
 */
export async function shareDraft<Content>(
  db: Db,
  viewer: Viewer,
  kind: DraftKind<Content>,
  input: { itemCode: string; visibility: Visibility; expectedVersion?: number },
): Promise<Share<Content>> {
  const key = await ownDraftKey(db, viewer, 'draft.share', kind.noun, input.itemCode)
  return db.$transaction(async (tx) => {
    const { draft, share, history } = models(tx, kind)
    // Lock first, then read: two shares (or a share and a save) cannot interleave,
    // so the share that becomes current holds the draft as it is at that moment.
    const id = await lockDraft(tx, kind, key)
    if (!id) throw new AppError('invalid', `Save ${withArticle(kind.noun)} before sharing it.`)
    const row = await draft.findUniqueOrThrow({ where: { id } })
    const version = row.version as number
    if (input.expectedVersion !== undefined && input.expectedVersion !== version) {
      throw new AppError(
        'stale',
        `The draft has been saved again (now version ${version}) since it was shown. Reload the page and read it before sharing.`,
      )
    }
    await share.updateMany({ where: { [kind.parentKey]: id, isCurrent: true }, data: { isCurrent: false } })
    const shared = await share.create({
      data: { [kind.parentKey]: id, version, ...kind.toRow(kind.fromRow(row)), visibility: input.visibility, sharedById: viewer.userId },
      select: shareSelect(kind),
    })
    await history.create({
      data: { [kind.parentKey]: id, action: 'shared', version, actorId: viewer.userId, after: { visibility: input.visibility } },
    })
    return toShare(kind, shared)
  })
}

/** The own delegation's history of its draft on an item, newest first; others see none of it. */
export async function listDraftHistory<Content>(
  db: Db,
  viewer: Viewer,
  kind: DraftKind<Content>,
  itemCode: string,
): Promise<HistoryEntry<Content>[]> {
  authorize(viewer, 'draft.edit')
  const rows = await models(db, kind).history.findMany({
    where: { [kind.parent]: { ...readableDraftWhere(viewer), item: { code: itemCode } } },
    select: { action: true, version: true, createdAt: true, before: true, after: true, actor: { select: { name: true } } },
    orderBy: [{ createdAt: 'desc' }, { version: 'desc' }],
  })
  return rows.map((row) => {
    const action = row.action as HistoryAction
    return {
      action,
      version: row.version as number,
      actor: (row.actor as { name: string }).name,
      at: row.createdAt as Date,
      before: row.before === null ? null : kind.fromHistory(row.before),
      after: action === 'shared' ? (row.after as { visibility: Visibility }) : kind.fromHistory(row.after),
    }
  })
}
