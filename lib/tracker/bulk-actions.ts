/**
 * The tracker's bulk actions: one change applied to many items, each item in
 * its own transaction, so one item that changed meanwhile is skipped and
 * reported while the others go through. Each function takes the viewer,
 * checks the permission before touching anything, and validates its input.
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import { AppError, isAppError } from '@/lib/errors'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import { listOwnDrafts, listShares, saveDraft, shareDraft } from '@/lib/drafts/drafts'
import { positionKind } from '@/lib/positions/position-kind'
import { statusKind } from '@/lib/statuses/status-kind'

import { bulkShareSchema, bulkStatusSchema, type BulkShareInput, type BulkStatusInput } from './bulk-schemas'

export type BulkStatusResult = {
  /** Items whose status now has the state. */
  set: string[]
  /** Items that already had the state at the version shown: nothing to save. */
  unchanged: string[]
  /** Items whose status was saved by someone else after the page was shown. */
  changedMeanwhile: string[]
  /** Items no longer in the catalogue. */
  notFound: string[]
}

export type BulkShareResult = {
  shared: string[]
  /** Items already shared at this version and level. */
  alreadyShared: string[]
  /** Items without a position draft: nothing to share. */
  withoutDraft: string[]
  /** Items whose draft was saved again after the page was shown: not shared unread. */
  changedMeanwhile: string[]
}

function parse<Input>(
  schema: { safeParse: (input: unknown) => { success: true; data: Input } | { success: false } },
  input: unknown,
): Input {
  const parsed = schema.safeParse(input)
  if (!parsed.success) throw new AppError('invalid', 'Select between 1 and 200 items, and choose what to do with them.')
  return parsed.data
}

/**
 * Sets the implementation state of each item, keeping its evidence, links and
 * date. An existing status is saved on top of the version the page showed
 * (`baseVersion`); null means the page showed none, so one is created.
 */
export async function setStatusOfItems(db: Db, viewer: Viewer, input: BulkStatusInput): Promise<BulkStatusResult> {
  authorize(viewer, 'draft.edit')
  const { items, state } = parse<BulkStatusInput>(bulkStatusSchema, input)
  const current = new Map((await listOwnDrafts(db, viewer, statusKind)).map((status) => [status.itemCode, status]))
  const result: BulkStatusResult = { set: [], unchanged: [], changedMeanwhile: [], notFound: [] }
  for (const { itemCode, baseVersion } of items) {
    const status = current.get(itemCode)
    if (status && status.state === state && status.version === baseVersion) {
      result.unchanged.push(itemCode)
      continue
    }
    try {
      await saveDraft(db, viewer, statusKind, {
        itemCode,
        state,
        evidence: status?.evidence ?? '',
        links: status?.links ?? [],
        asOf: status?.asOf ?? null,
        baseVersion,
      })
      result.set.push(itemCode)
    } catch (error) {
      if (isAppError(error, 'conflict')) result.changedMeanwhile.push(itemCode)
      else if (isAppError(error, 'not_found')) {
        // A status deleted since the page was shown is "changed"; an unknown item is not found.
        ;(status || baseVersion !== null ? result.changedMeanwhile : result.notFound).push(itemCode)
      } else throw error
    }
  }
  return result
}

/**
 * Shares the position draft of each item at the version the page showed; an
 * item without a draft, or whose draft was saved again since, is skipped.
 */
export async function shareDraftsOfItems(db: Db, viewer: Viewer, input: BulkShareInput): Promise<BulkShareResult> {
  authorize(viewer, 'draft.share')
  const { items, visibility } = parse<BulkShareInput>(bulkShareSchema, input)
  const delegationCode = viewer.delegation?.code ?? ''
  const [drafts, shares] = await Promise.all([
    listOwnDrafts(db, viewer, positionKind),
    listShares(db, viewer, positionKind, { delegationCode, currentOnly: true }),
  ])
  const draftVersions = new Map(drafts.map((draft) => [draft.itemCode, draft.version]))
  const currentShares = new Map(shares.map((share) => [share.itemCode, share]))
  const result: BulkShareResult = { shared: [], alreadyShared: [], withoutDraft: [], changedMeanwhile: [] }
  for (const { itemCode, version } of items) {
    const draftVersion = draftVersions.get(itemCode)
    if (draftVersion === undefined) {
      result.withoutDraft.push(itemCode)
      continue
    }
    // A draft the page did not show (created since) is as unread as one saved again.
    if (version === null) {
      result.changedMeanwhile.push(itemCode)
      continue
    }
    const share = currentShares.get(itemCode)
    if (share && share.version === version && share.version === draftVersion && share.visibility === visibility) {
      result.alreadyShared.push(itemCode)
      continue
    }
    try {
      await shareDraft(db, viewer, positionKind, { itemCode, visibility, expectedVersion: version })
      result.shared.push(itemCode)
    } catch (error) {
      if (isAppError(error, 'stale')) result.changedMeanwhile.push(itemCode)
      else if (isAppError(error, 'invalid') || isAppError(error, 'not_found')) result.withoutDraft.push(itemCode)
      else throw error
    }
  }
  return result
}
