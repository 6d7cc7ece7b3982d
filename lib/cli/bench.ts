/**
 * `npm run bench`: the production build on the scale data (lib/bench/),
 * under signed-in load. For every target: latency at a fixed offered load,
 * saturation throughput, SQL queries per request and the slowest query
 * (pg_stat_statements), and the server's peak RSS. Prints a Markdown table
 * and keeps it, with the raw figures, in .data/bench/. See BENCHMARKS.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import pg from 'pg'

import { DEFAULT_SEED } from '@/lib/bench/bench-database'
import { hiddenFieldsOfForm, MULTIPART_BOUNDARY, multipartBody } from '@/lib/bench/form-post'
import { measureIdleProbe, runLoad, waitUntilIdle, type LoadRequest, type LoadResult } from '@/lib/bench/load'
import { watchRss } from '@/lib/bench/rss'
import { enableStatements, readStatements, resetStatements, type StatementStats } from '@/lib/bench/statements'

import { signInEach, signInScaleDelegates, startBenchRun } from './bench-run'
import { log, runCli } from './run'

const { values: options } = parseArgs({
  options: {
    seed: { type: 'string', default: DEFAULT_SEED },
    /** Seconds of each phase: the fixed load, then the saturation run. */
    seconds: { type: 'string', default: '10' },
    rate: { type: 'string', default: '50' },
    /** Comma-separated target names, to measure only those. */
    only: { type: 'string' },
    label: { type: 'string', default: '' },
    /** Serve the build in .next as it is, even when the sources changed since (files the app does not import, such as lib/bench/). */
    'reuse-build': { type: 'boolean', default: false },
  },
})
const SECONDS = Number(options.seconds)
const RATE = Number(options.rate)
/** Enough connections that the offered rate holds while responses take up to 2 s. */
const FIXED_CONNECTIONS = RATE * 2
const SATURATION_CONNECTIONS = 10
const SIGNED_IN_DELEGATIONS = 40
const CALM_REQUESTS = 10

type Viewers = { delegates: string[]; reviewers: string[] }

type Target = {
  name: string
  /** p95 budget at the fixed load, ms (issue 11). */
  budgetMs: number | null
  /** Requests the load rotates through; null: not built yet (measured once it lands). */
  prepare: ((context: { baseUrl: string; viewers: Viewers; client: pg.Client }) => Promise<() => LoadRequest>) | null
  /** Checks after the run, e.g. that the saves were applied. */
  verify?: (client: pg.Client, responses: number) => Promise<string>
}

function rotate<T>(items: T[]): () => T {
  let index = 0
  return () => items[index++ % items.length]!
}

const pageTarget = (name: string, budgetMs: number, paths: (client: pg.Client) => Promise<string[]>, who: keyof Viewers): Target => ({
  name,
  budgetMs,
  async prepare({ viewers, client }) {
    const nextPath = rotate(await paths(client))
    const nextCookie = rotate(viewers[who])
    return () => ({ path: nextPath(), headers: { cookie: nextCookie() } })
  },
})

const itemCodes = async (client: pg.Client) =>
  (await client.query<{ code: string }>(`SELECT code FROM "Item" WHERE "retiredAt" IS NULL ORDER BY position`)).rows.map((row) => row.code)

let benchStartedAt = new Date()

/** A save of a delegation's position, each on a draft no other request of the run saves, from its current version. */
const positionSave: Target = {
  name: 'position save',
  budgetMs: 100,
  async prepare({ baseUrl, viewers, client }) {
    const { rows } = await client.query<{ code: string; version: number; email: string }>(
      `SELECT i.code, p.version, u.email FROM "Position" p JOIN "Item" i ON i.id = p."itemId"
         JOIN "User" u ON u."delegationId" = p."delegationId" AND u.email LIKE 'delegate1.%'
         WHERE u.email = ANY($1) ORDER BY i.position, u.email`,
      [viewers.delegates.map((_, index) => delegateEmails[index])],
    )
    const cookieOf = new Map(delegateEmails.map((email, index) => [email, viewers.delegates[index]!]))
    const page = await fetch(`${baseUrl}/catalogue/${rows[0]!.code}`, { headers: { cookie: cookieOf.get(rows[0]!.email)! } })
    const hidden = hiddenFieldsOfForm(await page.text(), 'stance')
    let index = 0
    return () => {
      const draft = rows[index++ % rows.length]!
      const fields = hidden.map(([name, value]): [string, string] => [
        name,
        name === 'itemCode' ? draft.code : name === 'baseVersion' ? String(draft.version) : value,
      ])
      // A draft saved once in this run moves to the next version for its next turn.
      draft.version += 1
      return {
        method: 'POST',
        path: `/catalogue/${draft.code}`,
        headers: {
          cookie: cookieOf.get(draft.email)!,
          // Next.js checks a server action's origin against the host.
          origin: baseUrl,
          'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`,
        },
        body: multipartBody([
          ...fields,
          ['stance', 'support_with_amendments'],
          [
            'rationale',
            `Saved under load by the benchmark, request ${index}: the delegation keeps its reasons, in a paragraph of ordinary length.`,
          ],
          ['proposedWording', ''],
        ]),
      }
    }
  },
  async verify(client, responses) {
    const { rows } = await client.query<{ saves: string }>(
      `SELECT count(*) AS saves FROM "PositionHistory" WHERE action = 'saved' AND "createdAt" >= $1 AND after->>'rationale' LIKE 'Saved under load%'`,
      [benchStartedAt],
    )
    return `${rows[0]!.saves} saves applied for ${responses} responses`
  },
}

const delegateEmails: string[] = []

const targets: Target[] = [
  pageTarget('catalogue ?cluster=4', 150, async () => ['/catalogue?cluster=4'], 'delegates'),
  pageTarget('item page', 150, async (client) => (await itemCodes(client)).map((code) => `/catalogue/${code}`), 'delegates'),
  pageTarget('tracker', 150, async () => ['/delegation'], 'delegates'),
  pageTarget('coverage dashboard', 400, async () => ['/dashboards'], 'reviewers'),
  // The consolidated export (/api/v1/consolidated?format=docx|pdf) exists now; at 50 req/s it would only measure a queue,
  // so it still needs a target of its own that times single requests (issue 10's 10 s budget).
  { name: 'consolidated export', budgetMs: null, prepare: null },
  positionSave,
  { name: 'static /robots.txt', budgetMs: null, prepare: async () => () => ({ path: '/robots.txt' }) },
]

type Measured = {
  name: string
  budgetMs: number | null
  fixed: LoadResult
  saturation: LoadResult
  /** What Postgres saw for a few requests one at a time: the queries of one request, the slowest of them. */
  statements: StatementStats
  queriesPerRequest: number
  /** The slowest query while under the fixed load. */
  slowestUnderLoadMs: number
  peakRssBytes: number
  loadAverage: number[]
  note: string
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)}` : '–')

function markdown(measured: Measured[], context: { machine: string; startMs: number; overallRss: number; label: string }): string {
  const lines = [
    `### ${context.label || 'Run'} (${new Date().toISOString().slice(0, 16)}Z)`,
    '',
    `Machine: ${context.machine}. Warm \`next start\` ready in ${(context.startMs / 1000).toFixed(1)} s. Peak server RSS over the run: ${mb(context.overallRss)}.`,
    '',
    `| target | p50 | p95 | p99 (ms at ${RATE} req/s offered) | achieved req/s | errors | p95 budget | saturation req/s | SQL queries / request | slowest query, ms (alone / under load) | peak RSS | load avg |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ]
  for (const row of measured) {
    const budget = row.budgetMs === null ? '' : `${row.fixed.p95 <= row.budgetMs ? '✓' : '✗'} ≤ ${row.budgetMs}`
    lines.push(
      `| ${row.name} | ${ms(row.fixed.p50)} | ${ms(row.fixed.p95)} | ${ms(row.fixed.p99)} | ${row.fixed.throughput.toFixed(1)} | ${row.fixed.errors} | ${budget} | ${row.saturation.throughput.toFixed(1)} | ${row.queriesPerRequest.toFixed(1)} | ${row.statements.slowestMs.toFixed(1)} / ${row.slowestUnderLoadMs.toFixed(0)} | ${mb(row.peakRssBytes)} | ${row.loadAverage.map((value) => value.toFixed(1)).join(' ')} |`,
    )
  }
  const staticRow = measured.find((row) => row.name.startsWith('static'))
  const itemRow = measured.find((row) => row.name === 'item page')
  if (staticRow && itemRow)
    lines.push(
      '',
      `Item page saturation throughput: ${((100 * itemRow.saturation.throughput) / staticRow.saturation.throughput).toFixed(0)}% of the static page's (budget ≥ 30%).`,
    )
  lines.push('', `Slowest and heaviest statements per target, requests one at a time (Postgres, pg_stat_statements):`, '')
  for (const row of measured) {
    if (row.statements.queries === 0) continue
    lines.push(
      `- ${row.name}: slowest ${row.statements.slowestMs.toFixed(1)} ms \`${row.statements.slowestQuery}\`; highest mean ${row.statements.heaviestMeanMs.toFixed(1)} ms \`${row.statements.heaviestQuery}\``,
    )
  }
  for (const row of measured) if (row.note) lines.push(`- ${row.name}: ${row.note}`)
  lines.push(
    '- consolidated export: not measured yet; its route exists (`/api/v1/consolidated?format=docx|pdf`) and needs a one-request-at-a-time target.',
  )
  return `${lines.join('\n')}\n`
}

runCli(async () => {
  const run = await startBenchRun({ seed: options.seed, reuseBuild: options['reuse-build'], command: 'npm run bench' })
  try {
    const { baseUrl, client, server, startMs } = run
    await enableStatements(client)
    const rss = watchRss(server.pid!)
    const idleProbeMs = await measureIdleProbe(baseUrl)
    benchStartedAt = new Date()

    const delegates = await signInScaleDelegates(run, SIGNED_IN_DELEGATIONS)
    delegateEmails.push(...delegates.emails)
    const viewers: Viewers = {
      delegates: delegates.cookies,
      reviewers: await signInEach(
        baseUrl,
        [1, 2, 3, 4, 5].map((index) => `reviewer${index}@scale.gfmd.test`),
      ),
    }
    log(`Signed in ${viewers.delegates.length} delegates and ${viewers.reviewers.length} secretariat reviewers.`)

    const only = options.only?.split(',').map((name) => name.trim())
    const measured: Measured[] = []
    for (const target of targets) {
      if (!target.prepare || (only && !only.some((name) => target.name.startsWith(name)))) continue
      const nextRequest = await target.prepare({ baseUrl, viewers, client })
      log(`${target.name}: warming up, then ${CALM_REQUESTS} requests one at a time …`)
      await runLoad({ baseUrl, nextRequest, seconds: 3, connections: 4 })
      await waitUntilIdle(baseUrl, idleProbeMs)
      await resetStatements(client)
      const calm = await runLoad({ baseUrl, nextRequest, seconds: 120, connections: 1, amount: CALM_REQUESTS })
      const statements = await readStatements(client)
      await resetStatements(client)
      rss.resetPeak()
      log(`${target.name}: ${RATE} req/s for ${SECONDS} s …`)
      const fixed = await runLoad({ baseUrl, nextRequest, seconds: SECONDS, connections: FIXED_CONNECTIONS, rate: RATE })
      const underLoad = await readStatements(client)
      const drained = await waitUntilIdle(baseUrl, idleProbeMs)
      log(
        `${target.name}: saturation, ${SATURATION_CONNECTIONS} connections for ${SECONDS} s (after ${drained.toFixed(0)} s for the queue to drain) …`,
      )
      const saturation = await runLoad({ baseUrl, nextRequest, seconds: SECONDS, connections: SATURATION_CONNECTIONS })
      await waitUntilIdle(baseUrl, idleProbeMs)
      const note = target.verify ? await target.verify(client, calm.requests + fixed.requests + saturation.requests) : ''
      measured.push({
        name: target.name,
        budgetMs: target.budgetMs,
        fixed,
        saturation,
        statements,
        queriesPerRequest: calm.requests > 0 ? statements.queries / calm.requests : 0,
        slowestUnderLoadMs: underLoad.slowestMs,
        peakRssBytes: rss.peak,
        loadAverage: os.loadavg(),
        note: [
          note,
          Object.keys(fixed.statuses).some((status) => !status.startsWith('2'))
            ? `statuses at fixed load ${JSON.stringify(fixed.statuses)}`
            : '',
        ]
          .filter(Boolean)
          .join('; '),
      })
    }
    rss.stop()

    const cpus = os.cpus()
    const machine = `${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${mb(os.totalmem())} RAM, Node ${process.version}, load average at the end ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`
    const report = markdown(measured, { machine, startMs, overallRss: rss.overallPeak, label: options.label })
    console.log(`\n${report}`)
    const folder = path.join('.data', 'bench')
    mkdirSync(folder, { recursive: true })
    const stamp = new Date().toISOString().replaceAll(':', '-').slice(0, 19)
    writeFileSync(path.join(folder, `${stamp}.md`), report)
    writeFileSync(path.join(folder, `${stamp}.json`), JSON.stringify({ label: options.label, machine, startMs, measured }, null, 2))
    log(`Kept in ${path.join(folder, `${stamp}.md`)} (and .json).`)
  } finally {
    await run.stop()
  }
})
