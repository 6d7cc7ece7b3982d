/**
 * Load without loss (issue 12): many writers saving the same delegations'
 * positions at once, each as a browser without JavaScript does (the item
 * page's form, posted as multipart), each remembering the version its last
 * answer named, so writers of one delegation keep basing saves on versions
 * others moved past. What each answer said is recorded, then held against the
 * database: every acknowledged save is in the history at the version it was
 * acknowledged as, and no refused one is anywhere.
 */
import type pg from 'pg'

import { decodeEntities, hiddenFieldsOfForm, positionSavePost } from './form-post'

export type Writer = { email: string; cookie: string; delegationId: string }
export type Draft = { itemId: string; code: string }

/** What an answer said: saved as version N, refused as a conflict (naming the current version), or something else. */
export type SaveOutcome =
  | { kind: 'saved'; version: number }
  | { kind: 'conflict'; currentVersion: number }
  | { kind: 'refused'; message: string }
  | { kind: 'server-error' }
  | { kind: 'no-answer'; error: string }

export type SaveRecord = {
  writer: number
  delegationId: string
  itemId: string
  baseVersion: number | null
  /** The rationale this save wrote: unique, so the database says which save a row came from. */
  token: string
  status: number
  outcome: SaveOutcome
  ms: number
}

/** Reads the page rendered after the action: the form's message, and the version its hidden field now holds. */
export function readSaveAnswer(status: number, html: string): SaveOutcome {
  if (status >= 500) return { kind: 'server-error' }
  const saved = /Draft saved as version (\d+)\./.exec(html)
  if (saved) return { kind: 'saved', version: Number(saved[1]) }
  if (html.includes('Someone else saved this position after you opened it.') && html.includes('name="stance"')) {
    const fields = hiddenFieldsOfForm(html, 'stance')
    const base = fields.find(([name]) => name === 'baseVersion')?.[1]
    return { kind: 'conflict', currentVersion: Number(base) }
  }
  // The form's error notice (its text may sit in nested elements), else the page's heading.
  const notice = /role="alert"[^>]*>([\s\S]{0,800})/.exec(html)?.[1] ?? /<h1[^>]*>([\s\S]{0,300})/.exec(html)?.[1]
  const text = notice
    ? decodeEntities(notice.replace(/<[^>]*>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 120)
    : ''
  return { kind: 'refused', message: text ? `HTTP ${status}: ${text}` : `HTTP ${status}, no message on the page` }
}

export type WritersRun = { records: SaveRecord[]; seconds: number }

/**
 * Runs `writers.length` writers for `seconds`, each with one save in flight at a time, each on a
 * random one of `drafts` (its own delegation's position on that item), from the version it last
 * heard of (`versions`, keyed `delegationId:itemId`; absent: no draft yet).
 */
export async function runWriters(options: {
  baseUrl: string
  writers: Writer[]
  drafts: Draft[]
  versions: Map<string, number>
  hiddenFields: [string, string][]
  seconds: number
  runId: string
  random: () => number
  /**
   * The mean pause between one writer's saves, as a person reads and types (each pause uniform in [0, 2 × mean],
   * the first one too, so writers do not all start at once); 0 saves again as soon as the answer comes. A writer
   * refused for load (503) waits its Retry-After instead, as the page asks.
   */
  thinkSeconds?: number
}): Promise<WritersRun> {
  const records: SaveRecord[] = []
  const started = Date.now()
  const deadline = started + options.seconds * 1000
  const thinkMs = (options.thinkSeconds ?? 0) * 1000
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, Math.max(0, deadline - Date.now()))))
  const writerLoop = async (writer: Writer, index: number) => {
    // What this writer last heard of each draft: its page, then its own answers.
    const known = new Map(options.versions)
    let sequence = 0
    if (thinkMs > 0) await pause(options.random() * 2 * thinkMs)
    while (Date.now() < deadline) {
      const draft = options.drafts[Math.floor(options.random() * options.drafts.length)]!
      const key = `${writer.delegationId}:${draft.itemId}`
      const baseVersion = known.get(key) ?? null
      const token = `bench-writers ${options.runId} writer ${index} save ${(sequence += 1)}`
      const post = positionSavePost({
        baseUrl: options.baseUrl,
        cookie: writer.cookie,
        hiddenFields: options.hiddenFields,
        itemCode: draft.code,
        baseVersion,
        rationale: token,
      })
      const sent = Date.now()
      let status = 0
      let retryAfterSeconds = 0
      let outcome: SaveOutcome
      try {
        const response = await fetch(`${options.baseUrl}${post.path}`, {
          method: post.method,
          headers: post.headers,
          body: post.body,
          signal: AbortSignal.timeout(60_000),
        })
        status = response.status
        retryAfterSeconds = Number(response.headers.get('retry-after')) || 0
        outcome = readSaveAnswer(status, await response.text())
      } catch (error) {
        outcome = { kind: 'no-answer', error: error instanceof Error ? error.message : String(error) }
      }
      if (outcome.kind === 'saved') known.set(key, outcome.version)
      if (outcome.kind === 'conflict') known.set(key, outcome.currentVersion)
      records.push({
        writer: index,
        delegationId: writer.delegationId,
        itemId: draft.itemId,
        baseVersion,
        token,
        status,
        outcome,
        ms: Date.now() - sent,
      })
      if (status === 503) await pause(retryAfterSeconds * 1000)
      else if (thinkMs > 0) await pause(options.random() * 2 * thinkMs)
    }
  }
  await Promise.all(options.writers.map(writerLoop))
  return { records, seconds: (Date.now() - started) / 1000 }
}

export type LossCheck = {
  acknowledged: number
  found: number
  /** Acknowledged saves whose row is not in the history at the acknowledged version. */
  lost: SaveRecord[]
  conflicts: number
  /** Saves answered as a conflict whose words are in the database anyway. */
  conflictsWritten: number
  /** Saves in the history that no answer acknowledged (their answer never came, or was not a save), by what the answer was. */
  unacknowledgedWrites: number
  unacknowledgedByAnswer: Record<string, number>
  /** Drafts whose current row is not their newest history entry. */
  draftsOutOfStep: number
  draftsTouched: number
}

/** Holds the answers against PositionHistory and Position. */
export async function checkNothingLost(client: pg.Client, runId: string, records: SaveRecord[]): Promise<LossCheck> {
  const { rows: history } = await client.query<{ token: string; version: number; itemId: string; delegationId: string }>(
    `SELECT h.after->>'rationale' AS token, h.version, p."itemId", p."delegationId"
       FROM "PositionHistory" h JOIN "Position" p ON p.id = h."positionId"
      WHERE h.action = 'saved' AND h.after->>'rationale' LIKE $1`,
    [`bench-writers ${runId} %`],
  )
  const written = new Map(history.map((row) => [row.token, row]))
  const acknowledged = records.filter((record) => record.outcome.kind === 'saved')
  const lost = acknowledged.filter((record) => {
    const row = written.get(record.token)
    const version = record.outcome.kind === 'saved' ? record.outcome.version : -1
    return !row || row.version !== version || row.itemId !== record.itemId || row.delegationId !== record.delegationId
  })
  const conflicts = records.filter((record) => record.outcome.kind === 'conflict')
  const acknowledgedTokens = new Set(acknowledged.map((record) => record.token))
  const answerOf = new Map(records.map((record) => [record.token, record]))
  const unacknowledged = history.filter((row) => !acknowledgedTokens.has(row.token))
  const unacknowledgedByAnswer: Record<string, number> = {}
  for (const row of unacknowledged) {
    const record = answerOf.get(row.token)
    const answer = !record
      ? 'no record'
      : record.outcome.kind === 'refused'
        ? record.outcome.message
        : `${record.outcome.kind} (HTTP ${record.status})`
    unacknowledgedByAnswer[answer] = (unacknowledgedByAnswer[answer] ?? 0) + 1
  }
  const touched = [...new Set(records.map((record) => `${record.delegationId}:${record.itemId}`))]
  const { rows: outOfStep } = await client.query<{ count: string }>(
    `SELECT count(*) FROM "Position" p
      WHERE (p."delegationId" || ':' || p."itemId") = ANY($1)
        AND p.version <> (SELECT max(h.version) FROM "PositionHistory" h WHERE h."positionId" = p.id AND h.action = 'saved')`,
    [touched],
  )
  return {
    acknowledged: acknowledged.length,
    found: acknowledged.length - lost.length,
    lost,
    conflicts: conflicts.length,
    conflictsWritten: conflicts.filter((record) => written.has(record.token)).length,
    unacknowledgedWrites: unacknowledged.length,
    unacknowledgedByAnswer,
    draftsOutOfStep: Number(outOfStep[0]!.count),
    draftsTouched: touched.length,
  }
}
