/**
 * Position saves for a load at a fixed offered rate (autocannon), whose every
 * answer is recorded as the writers benchmark records its own (writers.ts:
 * readSaveAnswer, and checkNothingLost afterwards), so the database can be
 * held against exactly what was acknowledged and what was refused. A 503 from
 * admission control is a refusal. One save per draft at a time, each on top
 * of the draft's last acknowledged version, as a person saves.
 */
import type pg from 'pg'

import { hiddenFieldsOfForm, positionSavePost } from './form-post'
import type { LoadRequest } from './load'
import { readSaveAnswer, type SaveRecord } from './writers'

type Draft = { code: string; itemId: string; delegationId: string; version: number; email: string; isSaving: boolean }

export async function createTrackedSaves(options: {
  baseUrl: string
  client: pg.Client
  /** The signed-in delegates' emails and their session cookies, in the same order. */
  emails: string[]
  cookies: string[]
  /** Names this run's saves, for checkNothingLost. */
  runId: string
}) {
  const { rows } = await options.client.query<Omit<Draft, 'isSaving'>>(
    `SELECT i.code, p."itemId", p."delegationId", p.version, u.email FROM "Position" p JOIN "Item" i ON i.id = p."itemId"
       JOIN "User" u ON u."delegationId" = p."delegationId"
       WHERE u.email = ANY($1) ORDER BY i.position, u.email`,
    [options.emails],
  )
  const drafts: Draft[] = rows.map((row) => ({ ...row, isSaving: false }))
  if (drafts.length === 0) throw new Error('The signed-in delegates have no positions to save in the scale data.')
  const cookieOf = new Map(options.emails.map((email, index) => [email, options.cookies[index]!]))
  const page = await fetch(`${options.baseUrl}/catalogue/${drafts[0]!.code}`, { headers: { cookie: cookieOf.get(drafts[0]!.email)! } })
  const hidden = hiddenFieldsOfForm(await page.text(), 'stance')
  const sending = new WeakMap<LoadRequest, { draft: Draft; token: string; sentAt: number }>()
  const records: SaveRecord[] = []
  let index = 0
  let count = 0

  function nextRequest(): LoadRequest {
    // The next draft not being saved right now (there are far more drafts than connections).
    let draft = drafts[index++ % drafts.length]!
    while (draft.isSaving) draft = drafts[index++ % drafts.length]!
    draft.isSaving = true
    const token = `bench-writers ${options.runId} save ${(count += 1)}`
    const request: LoadRequest = positionSavePost({
      baseUrl: options.baseUrl,
      cookie: cookieOf.get(draft.email)!,
      hiddenFields: hidden,
      itemCode: draft.code,
      baseVersion: draft.version,
      rationale: token,
    })
    sending.set(request, { draft, token, sentAt: Date.now() })
    return request
  }

  function onResponse(sent: LoadRequest, status: number, body: string) {
    const save = sending.get(sent)
    if (!save) return
    save.draft.isSaving = false
    const outcome = status === 503 ? ({ kind: 'refused', message: 'HTTP 503: very busy' } as const) : readSaveAnswer(status, body)
    if (outcome.kind === 'saved') save.draft.version = outcome.version
    if (outcome.kind === 'conflict') save.draft.version = outcome.currentVersion
    records.push({
      writer: 0,
      delegationId: save.draft.delegationId,
      itemId: save.draft.itemId,
      baseVersion: null,
      token: save.token,
      status,
      outcome,
      ms: Date.now() - save.sentAt,
    })
  }

  return { nextRequest, onResponse, records }
}
