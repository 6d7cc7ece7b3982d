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

import { DEFAULT_SEED, SCALE_PASSWORD } from '@/lib/bench/bench-database'
import { hiddenFieldsOfForm, positionSavePost } from '@/lib/bench/form-post'
import { measureIdleProbe, runLoad, waitUntilIdle, type LoadResult } from '@/lib/bench/load'
import { groupCpuMs, watchRss } from '@/lib/bench/process-group'
import { signInEach } from '@/lib/bench/sign-in'
import { benchDelegateEmails, itemPageTarget, pageTarget, type Target, type Viewers } from '@/lib/bench/targets'
import { enableStatements, readStatements, resetStatements, type StatementStats } from '@/lib/bench/statements'
import { groupOf } from '@/lib/dashboards/coverage'
import type { DelegationKind } from '@/lib/generated/prisma/enums'

import { startBenchServer } from './bench-server'
import { loadDotEnvFiles } from './dotenv'
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
      const post = positionSavePost({
        baseUrl,
        cookie: cookieOf.get(draft.email)!,
        hiddenFields: hidden,
        itemCode: draft.code,
        baseVersion: draft.version,
        rationale: `Saved under load by the benchmark, request ${index}: the delegation keeps its reasons, in a paragraph of ordinary length.`,
      })
      // A draft saved once in this run moves to the next version for its next turn.
      draft.version += 1
      return post
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

/** The coverage matrix by item, drilled into each column of the default view: the slugs are the page's own links. */
async function coverageViews(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ kind: string; regionalGroup: string | null }>(
    `SELECT DISTINCT kind, "regionalGroup" FROM "Delegation" WHERE kind <> 'secretariat'`,
  )
  const slugs = new Set(rows.map((row) => groupOf({ kind: row.kind as DelegationKind, regionalGroup: row.regionalGroup }).slug))
  return [...slugs].sort().map((slug) => `/dashboards?group=${slug}`)
}

const targets: Target[] = [
  pageTarget('catalogue ?cluster=4', 150, async () => ['/catalogue?cluster=4'], 'delegates'),
  itemPageTarget,
  pageTarget('tracker', 150, async () => ['/delegation'], 'delegates'),
  pageTarget('coverage dashboard', 400, async () => ['/dashboards'], 'reviewers', { aloneBudgetMs: 1000 }),
  // Every view of the matrix: items by group, then each group drilled down to its delegations (all 223 in turn).
  pageTarget('coverage drill-down, each group', null, coverageViews, 'reviewers', { aloneBudgetMs: 1000, aloneOnly: true }),
  pageTarget('consolidated .docx', null, async () => ['/api/v1/consolidated?format=docx'], 'reviewers', {
    aloneBudgetMs: 10_000,
    aloneOnly: true,
  }),
  pageTarget('consolidated .pdf', null, async () => ['/api/v1/consolidated?format=pdf'], 'reviewers', {
    aloneBudgetMs: 10_000,
    aloneOnly: true,
  }),
  positionSave,
  { name: 'static /robots.txt', budgetMs: null, prepare: async () => () => ({ path: '/robots.txt' }) },
]

type Measured = {
  name: string
  budgetMs: number | null
  aloneBudgetMs: number | null
  /** Requests one at a time, nothing else running: a person's wait on an idle server. */
  alone: LoadResult
  /** The server's CPU time per request one at a time: steadier than latency on a shared machine. */
  cpuPerRequestMs: number
  /** The fixed offered load and the saturation run; null for a target measured alone only. */
  fixed: LoadResult | null
  saturation: LoadResult | null
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
    `| target | alone: p50 / max ms (budget) | server CPU ms / request alone | p50 | p95 | p99 (ms at ${RATE} req/s offered) | achieved req/s | errors | p95 budget | saturation req/s | SQL queries / request | slowest query, ms (alone / under load) | peak RSS | load avg |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ]
  const check = (value: number, budget: number) => `${value <= budget ? '✓' : '✗'} ≤ ${budget}`
  for (const row of measured) {
    const alone = `${ms(row.alone.p50)} / ${ms(row.alone.max)}${row.aloneBudgetMs === null ? '' : ` (${check(row.alone.max, row.aloneBudgetMs)})`}`
    const budget = row.budgetMs === null || !row.fixed ? '' : check(row.fixed.p95, row.budgetMs)
    lines.push(
      `| ${row.name} | ${alone} | ${ms(row.cpuPerRequestMs)} | ${ms(row.fixed?.p50 ?? Number.NaN)} | ${ms(row.fixed?.p95 ?? Number.NaN)} | ${ms(row.fixed?.p99 ?? Number.NaN)} | ${row.fixed?.throughput.toFixed(1) ?? '–'} | ${row.fixed?.errors ?? '–'} | ${budget} | ${row.saturation?.throughput.toFixed(1) ?? '–'} | ${row.queriesPerRequest.toFixed(1)} | ${row.statements.slowestMs.toFixed(1)} / ${ms(row.slowestUnderLoadMs)} | ${mb(row.peakRssBytes)} | ${row.loadAverage.map((value) => value.toFixed(1)).join(' ')} |`,
    )
  }
  const staticRow = measured.find((row) => row.name.startsWith('static'))
  const itemRow = measured.find((row) => row.name === 'item page')
  if (staticRow?.saturation && itemRow?.saturation)
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
  return `${lines.join('\n')}\n`
}

runCli(async () => {
  loadDotEnvFiles()
  const server = await startBenchServer({ seed: options.seed, reuseBuild: options['reuse-build'], command: 'npm run bench' })
  try {
    const { baseUrl, client, startMs } = server
    await enableStatements(client)
    const rss = watchRss(server.pid)
    const idleProbeMs = await measureIdleProbe(baseUrl)
    benchStartedAt = new Date()

    delegateEmails.push(...(await benchDelegateEmails(client, SIGNED_IN_DELEGATIONS)))
    const viewers: Viewers = {
      delegates: await signInEach(baseUrl, delegateEmails, SCALE_PASSWORD),
      reviewers: await signInEach(
        baseUrl,
        [1, 2, 3, 4, 5].map((index) => `reviewer${index}@scale.gfmd.test`),
        SCALE_PASSWORD,
      ),
    }
    log(`Signed in ${viewers.delegates.length} delegates and ${viewers.reviewers.length} secretariat reviewers.`)

    const only = options.only?.split(',').map((name) => name.trim())
    const measured: Measured[] = []
    for (const target of targets) {
      if (only && !only.some((name) => target.name.startsWith(name))) continue
      const nextRequest = await target.prepare({ baseUrl, viewers, client })
      log(`${target.name}: warming up, then ${CALM_REQUESTS} requests one at a time …`)
      if (target.aloneOnly) await runLoad({ baseUrl, nextRequest, seconds: 60, connections: 1, amount: 1 })
      else await runLoad({ baseUrl, nextRequest, seconds: 3, connections: 4 })
      await waitUntilIdle(baseUrl, idleProbeMs)
      await resetStatements(client)
      rss.resetPeak()
      const cpuBefore = groupCpuMs(server.pid)
      const alone = await runLoad({ baseUrl, nextRequest, seconds: 600, connections: 1, amount: CALM_REQUESTS })
      const cpuPerRequestMs = (groupCpuMs(server.pid) - cpuBefore) / Math.max(1, alone.requests)
      const statements = await readStatements(client)
      await resetStatements(client)
      let fixed: LoadResult | null = null
      let saturation: LoadResult | null = null
      if (!target.aloneOnly) {
        log(`${target.name}: ${RATE} req/s for ${SECONDS} s …`)
        fixed = await runLoad({ baseUrl, nextRequest, seconds: SECONDS, connections: FIXED_CONNECTIONS, rate: RATE })
        const drained = await waitUntilIdle(baseUrl, idleProbeMs)
        log(
          `${target.name}: saturation, ${SATURATION_CONNECTIONS} connections for ${SECONDS} s (after ${drained.toFixed(0)} s for the queue to drain) …`,
        )
        saturation = await runLoad({ baseUrl, nextRequest, seconds: SECONDS, connections: SATURATION_CONNECTIONS })
        await waitUntilIdle(baseUrl, idleProbeMs)
      }
      const underLoad = await readStatements(client)
      const responses = alone.requests + (fixed?.requests ?? 0) + (saturation?.requests ?? 0)
      const note = target.verify ? await target.verify(client, responses) : ''
      const failedStatuses = (phase: string, result: LoadResult | null) =>
        result && Object.keys(result.statuses).some((status) => !status.startsWith('2'))
          ? `statuses ${phase} ${JSON.stringify(result.statuses)}`
          : ''
      measured.push({
        name: target.name,
        budgetMs: target.budgetMs,
        aloneBudgetMs: target.aloneBudgetMs ?? null,
        alone,
        cpuPerRequestMs,
        fixed,
        saturation,
        statements,
        queriesPerRequest: alone.requests > 0 ? statements.queries / alone.requests : 0,
        slowestUnderLoadMs: fixed ? underLoad.slowestMs : Number.NaN,
        peakRssBytes: rss.peak,
        loadAverage: os.loadavg(),
        note: [note, failedStatuses('one at a time', alone), failedStatuses('at fixed load', fixed)].filter(Boolean).join('; '),
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
    await server.stop()
  }
})
