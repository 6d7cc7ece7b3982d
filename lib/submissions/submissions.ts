/**
 * Submitting freezes a version: a focal point submits the delegation's
 * current shared inputs as version N, stored as canonical JSON with its
 * SHA-256 and every format rendered once, so each later download of version
 * N is the same bytes whatever changes afterwards. Versions are read by the
 * delegation and the secretariat only (lib/visibility/submissions.ts).
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import { ownDelegationId } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import { exportFormats, renderExport, type ExportFormat } from '@/lib/export/formats'
import { AppError } from '@/lib/errors'
import { Prisma } from '@/lib/generated/prisma/client'
import { readableCommentWhere } from '@/lib/visibility/comments'
import { readableSubmissionWhere } from '@/lib/visibility/submissions'

import { buildSubmissionContent, renderableOf, sha256Hex, submittedVisibilities, type SubmissionContent } from './submission-content'
import { submissionDocument, submissionWorkbook } from './submission-documents'

export type SubmissionVersion = {
  id: string
  version: number
  submittedAt: Date
  submittedBy: string
  sha256: string
  delegation: { code: string; name: string }
  formats: ExportFormat[]
}

/** A delegation's submission, ready for every renderer (see `renderableOf`). */
export function submissionRenderable(content: SubmissionContent) {
  return renderableOf(content, {
    document: (sha256) => submissionDocument(content, sha256),
    workbook: (sha256) => submissionWorkbook(content, sha256),
  })
}

/**
 * Submits what the delegation shares now as its next version. Nothing shared:
 * nothing to submit. With `expectedVersion`, refuses (stale) when someone else
 * submitted since the focal point looked, so one click never makes two versions.
 */
export async function submitSubmission(db: Db, viewer: Viewer, options: { expectedVersion?: number } = {}): Promise<SubmissionVersion> {
  const delegationId = ownDelegationId(authorize(viewer, 'submission.submit'))
  if (!delegationId) throw new AppError('forbidden', 'Only a delegation’s focal point submits its submission.')
  return db.$transaction(
    async (tx) => {
      // One submission at a time per delegation, so version numbers have no gaps and no twins.
      await tx.$queryRaw(Prisma.sql`SELECT id FROM "Delegation" WHERE id = ${delegationId} FOR UPDATE`)
      const latest = await tx.submission.findFirst({ where: { delegationId }, select: { version: true }, orderBy: { version: 'desc' } })
      const version = (latest?.version ?? 0) + 1
      if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
        throw new AppError(
          'stale',
          `Version ${version - 1} was submitted by someone else since you opened the page. Reload it and check before submitting.`,
        )
      }
      const submittedAt = new Date()
      const content = await buildSubmissionContent(tx as unknown as Db, viewer, { version, date: submittedAt, submittedBy: viewer.name })
      if (content.clusters.length === 0) {
        throw new AppError(
          'invalid',
          'Your delegation has shared nothing with the secretariat yet: share a position or an implementation status first.',
        )
      }
      const { sha256, renderable } = submissionRenderable(content)
      const files = await Promise.all(exportFormats.map(async (format) => ({ format, bytes: await renderExport(format, renderable) })))
      const submission = await tx.submission.create({
        data: {
          delegationId,
          version,
          content: renderable.json,
          sha256,
          submittedById: viewer.userId,
          submittedAt,
          files: {
            create: files.map(({ format, bytes }) => ({ format, bytes: Buffer.from(bytes), sha256: sha256Hex(bytes) })),
          },
        },
        select: versionSelect,
      })
      return toVersion(submission)
    },
    { timeout: 60_000 },
  )
}

const versionSelect = {
  id: true,
  version: true,
  submittedAt: true,
  sha256: true,
  submittedBy: { select: { name: true } },
  delegation: { select: { code: true, name: true } },
  files: { select: { format: true } },
} satisfies Prisma.SubmissionSelect

function toVersion(row: Prisma.SubmissionGetPayload<{ select: typeof versionSelect }>): SubmissionVersion {
  return {
    id: row.id,
    version: row.version,
    submittedAt: row.submittedAt,
    submittedBy: row.submittedBy.name,
    sha256: row.sha256,
    delegation: row.delegation,
    formats: exportFormats.filter((format) => row.files.some((file) => file.format === format)),
  }
}

/** Submitted versions the viewer may read, newest first: their own delegation's, or (for the secretariat) one delegation's or all. */
export async function listSubmissionVersions(
  db: Db,
  viewer: Viewer,
  filters: { delegationCode?: string } = {},
): Promise<SubmissionVersion[]> {
  authorize(viewer, 'submission.export')
  const rows = await db.submission.findMany({
    where: { AND: [readableSubmissionWhere(viewer), filters.delegationCode ? { delegation: { code: filters.delegationCode } } : {}] },
    select: versionSelect,
    orderBy: [{ submittedAt: 'desc' }, { version: 'desc' }],
  })
  return rows.map(toVersion)
}

/** A submitted version's file, exactly as it was rendered at submission; null when it is not the viewer's to read. */
export async function getSubmissionFile(db: Db, viewer: Viewer, submissionId: string, format: ExportFormat) {
  authorize(viewer, 'submission.export')
  const file = await db.submissionFile.findFirst({
    where: { format, submission: { AND: [readableSubmissionWhere(viewer), { id: submissionId }] } },
    select: { bytes: true, submission: { select: { version: true, delegation: { select: { code: true } } } } },
  })
  return file
    ? {
        bytes: new Uint8Array(file.bytes),
        filename: `stocktaking-${file.submission.delegation.code}-v${file.submission.version}.${format}`,
      }
    : null
}

/** The content of a submitted version the viewer may read, parsed; null otherwise. */
async function readVersionContent(db: Db, viewer: Viewer, delegationCode: string, version: number): Promise<SubmissionContent | null> {
  const row = await db.submission.findFirst({
    where: { AND: [readableSubmissionWhere(viewer), { delegation: { code: delegationCode }, version }] },
    select: { content: true },
  })
  return row ? (JSON.parse(row.content) as SubmissionContent) : null
}

export type ItemChange = {
  code: string
  title: string
  change: 'added' | 'removed' | 'changed'
  fields: { label: string; before: string; after: string }[]
}

function itemFields(item: SubmissionContent['clusters'][number]['items'][number] | undefined): Record<string, string> {
  return {
    Stance: item?.position?.stanceLabel ?? '—',
    Rationale: item?.position?.rationale ?? '—',
    'Proposed wording': item?.position?.proposedWording ?? '—',
    'Implementation status': item?.implementationStatus?.stateLabel ?? '—',
    Evidence: item?.implementationStatus?.evidence ?? '—',
    Links: item?.implementationStatus?.links.join('\n') ?? '—',
    'As of': item?.implementationStatus?.asOf ?? '—',
    Comments: item?.comments.map((comment) => `${comment.author}: ${comment.body}`).join('\n') || '—',
  }
}

/** What changed between two submitted versions of a delegation, item by item, in catalogue order. */
export async function compareSubmissionVersions(
  db: Db,
  viewer: Viewer,
  delegationCode: string,
  from: number,
  to: number,
): Promise<ItemChange[] | null> {
  authorize(viewer, 'submission.export')
  const [before, after] = await Promise.all([
    readVersionContent(db, viewer, delegationCode, from),
    readVersionContent(db, viewer, delegationCode, to),
  ])
  if (!before || !after) return null
  const itemsOf = (content: SubmissionContent) =>
    new Map(content.clusters.flatMap((cluster) => cluster.items.map((item) => [item.code, item] as const)))
  const was = itemsOf(before)
  const now = itemsOf(after)
  const codes = [...new Set([...was.keys(), ...now.keys()])]
  return codes.flatMap((code): ItemChange[] => {
    const a = was.get(code)
    const b = now.get(code)
    const beforeFields = itemFields(a)
    const afterFields = itemFields(b)
    const fields = Object.keys(afterFields)
      .filter((label) => beforeFields[label] !== afterFields[label])
      .map((label) => ({ label, before: beforeFields[label]!, after: afterFields[label]! }))
    if (fields.length === 0) return []
    return [{ code, title: (b ?? a)!.title, change: !a ? 'added' : !b ? 'removed' : 'changed', fields }]
  })
}

/** The own delegation's comments a focal point may choose for the submission: its conversation, at a level that reaches the secretariat. */
export async function listSelectableComments(db: Db, viewer: Viewer) {
  const delegationId = ownDelegationId(authorize(viewer, 'submission.export'))
  if (!delegationId) return []
  return db.comment.findMany({
    where: { AND: [readableCommentWhere(viewer), { delegationId, deletedAt: null, visibility: { in: [...submittedVisibilities] } }] },
    select: {
      id: true,
      body: true,
      createdAt: true,
      selectedForSubmission: true,
      author: { select: { name: true } },
      item: { select: { code: true } },
    },
    orderBy: [{ item: { position: 'asc' } }, { createdAt: 'asc' }],
  })
}

/** The focal point's choice of comments for the submission; comments outside that list are left as they are. */
export async function selectCommentsForSubmission(db: Db, viewer: Viewer, selectedIds: string[]): Promise<number> {
  authorize(viewer, 'submission.submit')
  const selectable = await listSelectableComments(db, viewer)
  const ids = selectable.map(({ id }) => id)
  const chosen = ids.filter((id) => selectedIds.includes(id))
  await db.$transaction([
    db.comment.updateMany({ where: { id: { in: ids } }, data: { selectedForSubmission: false } }),
    db.comment.updateMany({ where: { id: { in: chosen } }, data: { selectedForSubmission: true } }),
  ])
  return chosen.length
}
