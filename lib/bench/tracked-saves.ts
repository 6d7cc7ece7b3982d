/**
 * Position saves whose every answer is kept: which were acknowledged ("Draft
 * saved as version N." on the page the save answers with), which refused
 * (503 from admission control, or the form's "unavailable"), so that the
 * database can be checked afterwards against exactly those. One save per
 * draft at a time, each on top of the draft's last acknowledged version, as
 * a person saves.
 */
import type pg from 'pg'

import { hiddenFieldsOfForm, MULTIPART_BOUNDARY, multipartBody } from './form-post'
import type { LoadRequest } from './load'

type Draft = { code: string; version: number; email: string; isSaving: boolean }
type Attempt = { draft: Draft; text: string }

export type SaveOutcomes = { acknowledged: string[]; refused: string[]; conflicts: number; other: Record<string, number> }

export async function createTrackedSaves(options: {
  baseUrl: string
  client: pg.Client
  /** The signed-in delegates' emails and their session cookies, in the same order. */
  emails: string[]
  cookies: string[]
  /** Starts every saved text, to find them afterwards. */
  marker: string
}) {
  const { rows } = await options.client.query<{ code: string; version: number; email: string }>(
    `SELECT i.code, p.version, u.email FROM "Position" p JOIN "Item" i ON i.id = p."itemId"
       JOIN "User" u ON u."delegationId" = p."delegationId"
       WHERE u.email = ANY($1) ORDER BY i.position, u.email`,
    [options.emails],
  )
  const drafts: Draft[] = rows.map((row) => ({ ...row, isSaving: false }))
  if (drafts.length === 0) throw new Error('The signed-in delegates have no positions to save in the scale data.')
  const cookieOf = new Map(options.emails.map((email, index) => [email, options.cookies[index]!]))
  const page = await fetch(`${options.baseUrl}/catalogue/${drafts[0]!.code}`, { headers: { cookie: cookieOf.get(drafts[0]!.email)! } })
  const hidden = hiddenFieldsOfForm(await page.text(), 'stance')
  const attempts = new WeakMap<LoadRequest, Attempt>()
  const outcomes: SaveOutcomes = { acknowledged: [], refused: [], conflicts: 0, other: {} }
  let index = 0
  let count = 0

  function nextRequest(): LoadRequest {
    // The next draft not being saved right now (there are far more drafts than connections).
    let draft = drafts[index++ % drafts.length]!
    while (draft.isSaving) draft = drafts[index++ % drafts.length]!
    draft.isSaving = true
    const text = `${options.marker} save ${(count += 1)}: the delegation keeps its reasons, in a paragraph of ordinary length.`
    const fields = hidden.map(([name, value]): [string, string] => [
      name,
      name === 'itemCode' ? draft.code : name === 'baseVersion' ? String(draft.version) : value,
    ])
    const request: LoadRequest = {
      method: 'POST',
      path: `/catalogue/${draft.code}`,
      headers: {
        cookie: cookieOf.get(draft.email)!,
        // Next.js checks a server action's origin against the host.
        origin: options.baseUrl,
        'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`,
      },
      body: multipartBody([...fields, ['stance', 'support_with_amendments'], ['rationale', text], ['proposedWording', '']]),
    }
    attempts.set(request, { draft, text })
    return request
  }

  function onResponse(sent: LoadRequest, status: number, body: string) {
    const attempt = attempts.get(sent)
    if (!attempt) return
    attempt.draft.isSaving = false
    if (status === 200 && body.includes('Draft saved as version')) {
      outcomes.acknowledged.push(attempt.text)
      attempt.draft.version += 1
    } else if (status === 503 || (status === 200 && body.includes('briefly unavailable'))) {
      outcomes.refused.push(attempt.text)
    } else if (status === 200 && body.includes('Someone else saved this')) {
      outcomes.conflicts += 1
    } else {
      outcomes.other[String(status)] = (outcomes.other[String(status)] ?? 0) + 1
    }
  }

  /** The saved texts of this run found in the positions' history. */
  async function findSaved(): Promise<Set<string>> {
    const { rows: saved } = await options.client.query<{ text: string }>(
      `SELECT after->>'rationale' AS text FROM "PositionHistory" WHERE action = 'saved' AND after->>'rationale' LIKE $1`,
      [`${options.marker} save %`],
    )
    return new Set(saved.map((row) => row.text))
  }

  return { nextRequest, onResponse, outcomes, findSaved }
}
