/**
 * `npm run bench:writers`: load without loss (issue 12). 200 writers (the
 * five people of each of 10 delegations, each signed in four times, as in
 * four tabs) save their delegation's positions on 50 items for 60 s, so 20
 * writers share each draft against the production build on the scale
 * data, as the item page's form posts them (lib/bench/writers.ts). Then every
 * save an answer acknowledged is looked up in PositionHistory and Position,
 * every conflict is checked unwritten, and the 5xx answers are counted.
 * Prints a Markdown table, kept with the raw figures in .data/bench/. Exits
 * non-zero when a save was lost or a 5xx came back.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { DEFAULT_SEED, SCALE_PASSWORD } from '@/lib/bench/bench-database'
import { hiddenFieldsOfForm } from '@/lib/bench/form-post'
import { percentile } from '@/lib/bench/percentile'
import { createRandom } from '@/lib/bench/random'
import { signInEach } from '@/lib/bench/sign-in'
import { checkNothingLost, runWriters, type SaveRecord, type Writer } from '@/lib/bench/writers'

import { startBenchServer } from './bench-server'
import { loadDotEnvFiles } from './dotenv'
import { log, runCli } from './run'

const { values: options } = parseArgs({
  options: {
    seed: { type: 'string', default: DEFAULT_SEED },
    seconds: { type: 'string', default: '60' },
    /** Writers: sessions of the people of `writers / (5 × sessions)` delegations. */
    writers: { type: 'string', default: '200' },
    /** Sessions per person: more writers on each draft, so that saves race. */
    sessions: { type: 'string', default: '4' },
    items: { type: 'string', default: '50' },
    /** Mean seconds a writer pauses between saves (reading, typing); 0: back to back. */
    'think-seconds': { type: 'string', default: '0' },
    'reuse-build': { type: 'boolean', default: false },
  },
})
const SECONDS = Number(options.seconds)
const WRITERS = Number(options.writers)
const ITEMS = Number(options.items)
const SESSIONS = Number(options.sessions)
const THINK_SECONDS = Number(options['think-seconds'])
const PEOPLE_PER_DELEGATION = 5

function countBy(records: SaveRecord[], key: (record: SaveRecord) => string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const record of records) counts[key(record)] = (counts[key(record)] ?? 0) + 1
  return counts
}

runCli(async () => {
  loadDotEnvFiles()
  const server = await startBenchServer({ seed: options.seed, reuseBuild: options['reuse-build'], command: 'npm run bench:writers' })
  const { client, baseUrl } = server
  try {
    const { rows: people } = await client.query<{ email: string; delegationId: string }>(
      `SELECT u.email, u."delegationId" FROM "User" u JOIN "Delegation" d ON d.id = u."delegationId"
        WHERE u.email LIKE '%@scale.gfmd.test' AND d.kind = 'member-state' AND u.role IN ('delegate', 'focal-point')
          AND u."deactivatedAt" IS NULL
        ORDER BY d.code, u.email`,
    )
    const byDelegation = new Map<string, string[]>()
    for (const { email, delegationId } of people) byDelegation.set(delegationId, [...(byDelegation.get(delegationId) ?? []), email])
    const cast = [...byDelegation.entries()]
      .filter(([, emails]) => emails.length >= PEOPLE_PER_DELEGATION)
      .slice(0, Math.ceil(WRITERS / (PEOPLE_PER_DELEGATION * SESSIONS)))
      .flatMap(([delegationId, emails]) =>
        emails.slice(0, PEOPLE_PER_DELEGATION).flatMap((email) => Array.from({ length: SESSIONS }, () => ({ email, delegationId }))),
      )
      .slice(0, WRITERS)
    const { rows: drafts } = await client.query<{ itemId: string; code: string }>(
      `SELECT id AS "itemId", code FROM "Item" WHERE "retiredAt" IS NULL ORDER BY position LIMIT $1`,
      [ITEMS],
    )
    const delegationIds = [...new Set(cast.map((person) => person.delegationId))]
    const { rows: current } = await client.query<{ key: string; version: number }>(
      `SELECT "delegationId" || ':' || "itemId" AS key, version FROM "Position" WHERE "delegationId" = ANY($1) AND "itemId" = ANY($2)`,
      [delegationIds, drafts.map((draft) => draft.itemId)],
    )
    log(`Signing in ${cast.length} sessions of the people of ${delegationIds.length} delegations, one at a time …`)
    const cookies = await signInEach(
      baseUrl,
      cast.map((person) => person.email),
      SCALE_PASSWORD,
    )
    const writers: Writer[] = cast.map((person, index) => ({ ...person, cookie: cookies[index]! }))
    const page = await fetch(`${baseUrl}/catalogue/${drafts[0]!.code}`, { headers: { cookie: writers[0]!.cookie } })
    const hiddenFields = hiddenFieldsOfForm(await page.text(), 'stance')

    // A cold server's first renders take seconds: warm it up, one page of each item, before the clock starts.
    log('Warming up …')
    for (const draft of drafts)
      await (await fetch(`${baseUrl}/catalogue/${draft.code}`, { headers: { cookie: writers[0]!.cookie } })).text()

    const runId = randomBytes(4).toString('hex')
    const random = createRandom(`${options.seed}:writers:${runId}`)
    log(
      `${writers.length} writers on ${drafts.length} items (${delegationIds.length * drafts.length} drafts) for ${SECONDS} s, run ${runId} …`,
    )
    const run = await runWriters({
      baseUrl,
      writers,
      drafts,
      versions: new Map(current.map((row) => [row.key, row.version])),
      hiddenFields,
      seconds: SECONDS,
      runId,
      random: () => random.next(),
      thinkSeconds: THINK_SECONDS,
    })
    const check = await checkNothingLost(client, runId, run.records)

    const latencies = run.records.map((record) => record.ms).sort((a, b) => a - b)
    const outcomes = countBy(run.records, (record) => record.outcome.kind)
    const statuses = countBy(run.records, (record) => String(record.status || 'none'))
    const serverErrors = run.records.filter((record) => record.status >= 500).length
    const refusals = countBy(
      run.records.filter((record) => record.outcome.kind === 'refused' || record.outcome.kind === 'no-answer'),
      (record) =>
        record.outcome.kind === 'refused' ? record.outcome.message : record.outcome.kind === 'no-answer' ? record.outcome.error : '',
    )
    const cpus = os.cpus()
    const machine = `${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 1024 / 1024)} MB RAM, Node ${process.version}`
    const report = [
      `### Load without loss (${new Date().toISOString().slice(0, 16)}Z, run ${runId})`,
      '',
      `Machine: ${machine}; load average at the end ${os
        .loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')}.`,
      `${writers.length} writers (${PEOPLE_PER_DELEGATION} people of each of ${delegationIds.length} delegations, ${SESSIONS} sessions each), ${drafts.length} items, ${THINK_SECONDS > 0 ? `each pausing ${THINK_SECONDS} s on average between saves (and a refused one its Retry-After)` : 'each saving again as soon as answered'}, ${check.draftsTouched} of ${delegationIds.length * drafts.length} drafts touched, ${run.seconds.toFixed(1)} s (the last answers came after the ${SECONDS} s).`,
      '',
      '| requests | req/s | saved (acknowledged) | found in the history at that version | lost | conflicts | conflicts written anyway | writes no answer acknowledged | drafts whose row is not their newest save | 5xx | other answers | p50 / p95 / p99 ms |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
      `| ${run.records.length} | ${(run.records.length / run.seconds).toFixed(1)} | ${check.acknowledged} | ${check.found} | ${check.lost.length} | ${check.conflicts} | ${check.conflictsWritten} | ${check.unacknowledgedWrites} | ${check.draftsOutOfStep} | ${serverErrors} | ${(outcomes.refused ?? 0) + (outcomes['no-answer'] ?? 0)} | ${percentile(latencies, 0.5)} / ${percentile(latencies, 0.95)} / ${percentile(latencies, 0.99)} |`,
      '',
      `HTTP statuses: ${JSON.stringify(statuses)}. Outcomes: ${JSON.stringify(outcomes)}.`,
      ...(Object.keys(refusals).length > 0 ? [`Other answers: ${JSON.stringify(refusals)}.`] : []),
      ...(check.unacknowledgedWrites > 0
        ? [`Saves written whose answer was not "saved", by the answer: ${JSON.stringify(check.unacknowledgedByAnswer)}.`]
        : []),
      '',
    ].join('\n')
    console.log(`\n${report}`)
    const folder = path.join('.data', 'bench')
    mkdirSync(folder, { recursive: true })
    const stamp = new Date().toISOString().replaceAll(':', '-').slice(0, 19)
    writeFileSync(path.join(folder, `writers-${stamp}.md`), report)
    writeFileSync(
      path.join(folder, `writers-${stamp}.json`),
      JSON.stringify(
        { runId, machine, seconds: run.seconds, check: { ...check, lost: check.lost }, outcomes, statuses, refusals },
        null,
        2,
      ),
    )
    log(`Kept in ${path.join(folder, `writers-${stamp}.md`)} (and .json).`)
    if (check.lost.length > 0 || check.conflictsWritten > 0 || serverErrors > 0) process.exitCode = 1
  } finally {
    await server.stop()
  }
})
