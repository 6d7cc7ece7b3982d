/**
 * The spreadsheet round trip of a delegation's implementation statuses: the
 * workbook to download (one row per current item, at the version of the
 * delegation's status on it), the preview of an edited one uploaded back
 * (changes, bad rows, conflicts), and the confirmed changes written through
 * the draft cycle. Only the viewer's own delegation's drafts are read or
 * written (lib/drafts: readableDraftWhere, the delegation from the session).
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import { listOwnDrafts, saveDraft, type Draft } from '@/lib/drafts/drafts'
import { isAppError } from '@/lib/errors'
import type { ExportWorkbook } from '@/lib/export/table'

import { readStatusSheet, STATUS_SHEET_NAME, statusColumnHeaders, statusColumns, statusSheetRow, type SheetProblem } from './status-sheet'
import { statusKind } from './status-kind'
import { implementationStateLabels, type StatusContent } from './status-schemas'
import type { StatusChangeInput } from './status-upload-schemas'

function currentItems(db: Db) {
  return db.item.findMany({ where: { retiredAt: null }, select: { code: true, title: true }, orderBy: { position: 'asc' } })
}

/** The own delegation's statuses as a workbook, dated `today` (YYYY-MM-DD), and the file's name. */
export async function getStatusWorkbook(db: Db, viewer: Viewer, today: string): Promise<{ workbook: ExportWorkbook; fileName: string }> {
  authorize(viewer, 'draft.edit')
  const [items, statuses] = await Promise.all([currentItems(db), listOwnDrafts(db, viewer, statusKind)])
  const byItem = new Map(statuses.map((status) => [status.itemCode, status]))
  const delegation = viewer.delegation
  return {
    workbook: {
      title: `Implementation statuses of ${delegation?.name ?? 'your delegation'}, ${today}`,
      date: today,
      sheets: [
        { name: STATUS_SHEET_NAME, columns: statusColumns, rows: items.map((item) => statusSheetRow(item, byItem.get(item.code) ?? null)) },
      ],
    },
    fileName: `implementation-statuses-${delegation?.code ?? 'delegation'}-${today}.xlsx`,
  }
}

export type StatusField = 'State' | 'Evidence' | 'Links' | 'As of'

export type FieldChange = { field: StatusField; before: string; after: string }

/** A row that changes the item's status: what it writes, field by field, and the version it is based on. */
export type StatusChange = { row: number; itemCode: string; title: string; fields: FieldChange[]; input: StatusChangeInput }

/** A row whose item's status was saved in the app after the file was downloaded. */
export type StatusConflict = {
  row: number
  itemCode: string
  title: string
  downloadedVersion: number | null
  currentVersion: number
  updatedBy: string
  updatedAt: Date
}

export type StatusUploadPreview = {
  changes: StatusChange[]
  problems: SheetProblem[]
  conflicts: StatusConflict[]
  /** Rows that match the app: nothing to write. */
  unchangedCount: number
}

/** A status as the sheet and the preview show it, field by field. */
function fieldTexts(status: StatusContent | null): Record<StatusField, string> {
  return {
    State: status ? implementationStateLabels[status.state] : '',
    Evidence: status?.evidence ?? '',
    Links: status?.links.join('\n') ?? '',
    'As of': status?.asOf ?? '',
  }
}

function changedFields(before: StatusContent | null, after: StatusContent): FieldChange[] {
  const [old, next] = [fieldTexts(before), fieldTexts(after)]
  return (Object.keys(next) as StatusField[])
    .filter((field) => old[field] !== next[field])
    .map((field) => ({ field, before: old[field], after: next[field] }))
}

/**
 * What an uploaded workbook would change, and nothing written: bad rows by
 * row and column, rows whose item changed in the app since the download (its
 * version is not the row's) as conflicts, and the other rows that differ from
 * the app as changes.
 */
export async function previewStatusUpload(db: Db, viewer: Viewer, bytes: Uint8Array): Promise<StatusUploadPreview> {
  authorize(viewer, 'draft.edit')
  const sheet = await readStatusSheet(bytes)
  const [items, drafts] = await Promise.all([currentItems(db), listOwnDrafts(db, viewer, statusKind)])
  const titles = new Map(items.map((item) => [item.code, item.title]))
  const current = new Map<string, Draft<StatusContent>>(drafts.map((draft) => [draft.itemCode, draft]))
  const preview: StatusUploadPreview = { changes: [], problems: [...sheet.problems], conflicts: [], unchangedCount: 0 }

  for (const { row, itemCode, baseVersion, content } of sheet.statuses) {
    const title = titles.get(itemCode)
    if (title === undefined) {
      preview.problems.push({
        row,
        itemCode,
        column: statusColumnHeaders.itemCode,
        message: `${itemCode} is not a current item of the catalogue.`,
      })
      continue
    }
    const draft = current.get(itemCode) ?? null
    const fields = changedFields(draft, content)
    if (fields.length === 0) {
      preview.unchangedCount++
      continue
    }
    if (baseVersion !== null && draft === null) {
      preview.problems.push({
        row,
        itemCode,
        column: statusColumnHeaders.version,
        message: 'Your delegation has no status on this item at any version: leave this column blank.',
      })
      continue
    }
    if (draft !== null && baseVersion !== draft.version) {
      // The row is older than the app: whatever it says, writing it would undo someone's save.
      preview.conflicts.push({
        row,
        itemCode,
        title,
        downloadedVersion: baseVersion,
        currentVersion: draft.version,
        updatedBy: draft.updatedBy,
        updatedAt: draft.updatedAt,
      })
      continue
    }
    preview.changes.push({
      row,
      itemCode,
      title,
      fields,
      input: {
        itemCode,
        ...content,
        links: content.links.join('\n'),
        asOf: content.asOf ?? '',
        baseVersion: baseVersion === null ? '' : String(baseVersion),
      },
    })
  }
  preview.problems.sort((a, b) => a.row - b.row)
  return preview
}

export type StatusUploadResult = {
  written: { itemCode: string; version: number }[]
  /** Saved in the app between the preview and the confirmation: not written. */
  conflicts: string[]
}

/**
 * Writes the changes a person confirmed, each through the draft cycle on top
 * of the version its row was downloaded at, each in its own transaction: a
 * row whose item was saved meanwhile is a conflict and is skipped, the others
 * go through.
 */
export async function confirmStatusUpload(
  db: Db,
  viewer: Viewer,
  changes: (StatusContent & { itemCode: string; baseVersion: number | null })[],
): Promise<StatusUploadResult> {
  authorize(viewer, 'draft.edit')
  const result: StatusUploadResult = { written: [], conflicts: [] }
  for (const change of changes) {
    try {
      const saved = await saveDraft(db, viewer, statusKind, change)
      result.written.push({ itemCode: saved.itemCode, version: saved.version })
    } catch (error) {
      // A conflict, or a status on an item retired since: either way, not what the person previewed.
      if (isAppError(error, 'conflict') || isAppError(error, 'not_found')) result.conflicts.push(change.itemCode)
      else throw error
    }
  }
  return result
}
