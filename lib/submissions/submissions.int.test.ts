/**
 * A delegation's submission against a real database: what goes in (its
 * current shares beyond itself and the comments its focal point chose,
 * nothing else), versions frozen byte for byte, the receipt's SHA-256, the
 * item-by-item comparison, and who may read the versions.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { createComment } from '@/lib/comments/comments'
import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import { isAppError } from '@/lib/errors'
import { exportFormats } from '@/lib/export/formats'
import { positionKind } from '@/lib/positions/position-kind'
import { statusKind } from '@/lib/statuses/status-kind'
import { useTestDb } from '@/lib/testing/db'
import { createCast, type Cast } from '@/lib/testing/factories'

import { buildSubmissionContent, canonicalJson, sha256Hex } from './submission-content'
import {
  compareSubmissionVersions,
  getSubmissionFile,
  listSelectableComments,
  listSubmissionVersions,
  selectCommentsForSubmission,
  submitSubmission,
} from './submissions'

describe('a delegation’s stocktaking submission', () => {
  const db = useTestDb()
  let cast: Cast['viewers']
  let code: string

  async function position(
    itemCode: string,
    rationale: string,
    visibility?: 'delegation' | 'delegation_and_secretariat' | 'all_participants',
  ) {
    const current = await db.position.findFirst({ where: { delegationId: cast.focalPoint.delegation!.id, item: { code: itemCode } } })
    await saveDraft(db, cast.focalPoint, positionKind, {
      itemCode,
      baseVersion: current?.version ?? null,
      stance: 'support_with_amendments',
      rationale,
      proposedWording: `${rationale} wording`,
    })
    if (visibility) await shareDraft(db, cast.focalPoint, positionKind, { itemCode, visibility })
  }

  beforeAll(async () => {
    cast = (await createCast(db)).viewers
    code = cast.focalPoint.delegation!.code
  })

  it('refuses to submit before anything is shared, and only a focal point submits', async () => {
    await expect(submitSubmission(db, cast.focalPoint)).rejects.toSatisfy((error) => isAppError(error, 'invalid'))
    await expect(submitSubmission(db, cast.delegate)).rejects.toSatisfy((error) => isAppError(error, 'forbidden'))
    await expect(submitSubmission(db, cast.secretariat)).rejects.toSatisfy((error) => isAppError(error, 'forbidden'))
  })

  it('holds the current shares beyond the delegation and the chosen comments, and nothing else', async () => {
    await position('R-02.01', 'shared with the secretariat', 'delegation_and_secretariat')
    await position('R-02.02', 'shared with everyone', 'all_participants')
    await position('R-07.02', 'withdrawn', 'all_participants')
    await shareDraft(db, cast.focalPoint, positionKind, { itemCode: 'R-07.02', visibility: 'delegation' })
    await position('R-07.03', 'a draft only')
    await position('R-02.02', 'a later draft')
    await saveDraft(db, cast.delegate, statusKind, {
      itemCode: 'R-02.01',
      baseVersion: null,
      state: 'implemented',
      evidence: 'Law 12/2017',
      links: [],
      asOf: '2017-11-30',
    })
    await shareDraft(db, cast.focalPoint, statusKind, { itemCode: 'R-02.01', visibility: 'delegation_and_secretariat' })
    const chosen = await createComment(db, cast.delegate, {
      itemCode: 'R-02.01',
      body: 'For the record',
      visibility: 'delegation_and_secretariat',
      parentId: null,
    })
    await createComment(db, cast.delegate, {
      itemCode: 'R-02.01',
      body: 'Not chosen',
      visibility: 'delegation_and_secretariat',
      parentId: null,
    })
    await createComment(db, cast.delegate, { itemCode: 'R-02.01', body: 'Between us', visibility: 'delegation', parentId: null })
    expect((await listSelectableComments(db, cast.focalPoint)).map(({ body }) => body)).toEqual(['For the record', 'Not chosen'])
    await selectCommentsForSubmission(db, cast.focalPoint, [chosen.comment.id])

    const content = await buildSubmissionContent(db, cast.delegate)
    const items = content.clusters.flatMap((cluster) => cluster.items)
    expect(items.map((item) => item.code).sort()).toEqual(['R-02.01', 'R-02.02'])
    const e1202 = items.find((item) => item.code === 'R-02.02')!
    expect(e1202.position).toMatchObject({ rationale: 'shared with everyone', version: 1 })
    expect(e1202.position!.wordingDifference!.some((part) => part.change === 'added')).toBe(true)
    const e1201 = items.find((item) => item.code === 'R-02.01')!
    expect(e1201.implementationStatus).toMatchObject({ state: 'implemented', asOf: '2017-11-30' })
    expect(e1201.comments.map((comment) => comment.body)).toEqual(['For the record'])
    expect(JSON.stringify(content)).not.toMatch(/withdrawn|a draft only|a later draft|Between us|Not chosen/)
    expect(content).toMatchObject({ schema: 'gfmd-gcm-stocktaking-submission', schemaVersion: 1, version: null })
  })

  it('freezes version 1: later edits change nothing in its files, and version 2 holds them', async () => {
    const v1 = await submitSubmission(db, cast.focalPoint)
    expect(v1).toMatchObject({ version: 1, formats: [...exportFormats] })
    const before = await Promise.all(exportFormats.map((format) => getSubmissionFile(db, cast.focalPoint, v1.id, format)))
    const json = new TextDecoder().decode(before[exportFormats.indexOf('json')]!.bytes)
    expect(sha256Hex(json)).toBe(v1.sha256)
    expect(canonicalJson(JSON.parse(json))).toBe(json)

    await position('R-02.01', 'changed after version 1', 'delegation_and_secretariat')
    const after = await Promise.all(exportFormats.map((format) => getSubmissionFile(db, cast.delegate, v1.id, format)))
    after.forEach((file, index) => expect(Buffer.compare(Buffer.from(file!.bytes), Buffer.from(before[index]!.bytes))).toBe(0))

    const v2 = await submitSubmission(db, cast.focalPoint)
    expect(v2.version).toBe(2)
    expect(v2.sha256).not.toBe(v1.sha256)
    const changes = await compareSubmissionVersions(db, cast.focalPoint, code, 1, 2)
    expect(changes).toEqual([
      expect.objectContaining({
        code: 'R-02.01',
        change: 'changed',
        fields: expect.arrayContaining([{ label: 'Rationale', before: 'shared with the secretariat', after: 'changed after version 1' }]),
      }),
    ])
    await expect(db.$executeRaw`UPDATE "Submission" SET "sha256" = 'x' WHERE id = ${v1.id}`).rejects.toThrow()
    await expect(db.$executeRaw`DELETE FROM "SubmissionFile" WHERE "submissionId" = ${v1.id}`).rejects.toThrow()
  })

  it('lets the delegation and the secretariat read the versions, and nobody else', async () => {
    expect((await listSubmissionVersions(db, cast.delegate)).map(({ version }) => version)).toEqual([2, 1])
    expect((await listSubmissionVersions(db, cast.secretariat, { delegationCode: code })).map(({ version }) => version)).toEqual([2, 1])
    const [latest] = await listSubmissionVersions(db, cast.delegate)
    expect(await getSubmissionFile(db, cast.secretariat, latest!.id, 'json')).not.toBeNull()
    expect(await listSubmissionVersions(db, cast.otherFocalPoint, { delegationCode: code })).toEqual([])
    expect(await getSubmissionFile(db, cast.otherDelegate, latest!.id, 'json')).toBeNull()
    expect(await compareSubmissionVersions(db, cast.otherFocalPoint, code, 1, 2)).toBeNull()
    await expect(listSubmissionVersions(db, cast.administrator)).rejects.toSatisfy((error) => isAppError(error, 'forbidden'))
  })

  it('numbers concurrent submissions without gaps or twins', async () => {
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => submitSubmission(db, cast.focalPoint)))
    expect(results.every((result) => result.status === 'fulfilled')).toBe(true)
    expect((await listSubmissionVersions(db, cast.focalPoint)).map(({ version }) => version)).toEqual([7, 6, 5, 4, 3, 2, 1])
  })
})
