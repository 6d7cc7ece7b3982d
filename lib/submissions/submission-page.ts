/** Everything the delegation's submission page shows for one address. */
import 'server-only'

import { z } from 'zod'

import { can } from '@/lib/auth/permissions'
import type { Viewer } from '@/lib/auth/viewer'
import type { Db } from '@/lib/db'
import { firstParam, type SearchParams } from '@/lib/search-params'

import { buildSubmissionContent } from './submission-content'
import { compareSubmissionVersions, listSelectableComments, listSubmissionVersions } from './submissions'

const versionParam = z.coerce.number().int().positive().max(100_000).optional().catch(undefined)

export async function getSubmissionPage(db: Db, viewer: Viewer, searchParams: SearchParams) {
  const canSubmit = can(viewer.role, 'submission.submit')
  const [content, versions, comments] = await Promise.all([
    buildSubmissionContent(db, viewer),
    listSubmissionVersions(db, viewer),
    canSubmit ? listSelectableComments(db, viewer) : Promise.resolve([]),
  ])
  const from = versionParam.parse(firstParam(searchParams, 'from'))
  const to = versionParam.parse(firstParam(searchParams, 'to'))
  const comparison =
    from && to && from !== to && viewer.delegation
      ? { from, to, changes: await compareSubmissionVersions(db, viewer, viewer.delegation.code, from, to) }
      : null
  const items = content.clusters.flatMap((cluster) => cluster.items)
  return {
    content,
    summary: {
      items: items.length,
      positions: items.filter((item) => item.position).length,
      statuses: items.filter((item) => item.implementationStatus).length,
      comments: items.reduce((sum, item) => sum + item.comments.length, 0),
    },
    versions,
    comments,
    canSubmit,
    nextVersion: (versions[0]?.version ?? 0) + 1,
    comparison,
  }
}

export type SubmissionPage = Awaited<ReturnType<typeof getSubmissionPage>>
