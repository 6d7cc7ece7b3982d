/**
 * `npm run bench:overload` (issue 14): the production build on the scale data,
 * with its admission control and pool at their defaults. For the item page
 * and the position save, one after the other: the saturation throughput (what
 * it serves with more connections than it admits), half of it as the normal
 * latency, then 3× saturation offered for 30 s, then half of saturation again.
 * Reports the share served and refused with 503, the count of 500s (must be
 * 0), the p95 of what was served, the time to recover, and for the saves
 * that every acknowledged one is in the database and no refused one is.
 * Prints a Markdown section (BENCHMARKS.md, "Overload") and keeps it in
 * .data/bench/.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { DEFAULT_SEED, SCALE_PASSWORD } from '@/lib/bench/bench-database'
import { measureIdleProbe, offerLoad, runLoad, waitUntilIdle, type LoadRequest } from '@/lib/bench/load'
import { percentile } from '@/lib/bench/percentile'
import { createTrackedSaves } from '@/lib/bench/tracked-saves'
import { checkNothingLost } from '@/lib/bench/writers'
import { readAdmissionSettings } from '@/lib/http/admission.mjs'

import { signInEach } from '@/lib/bench/sign-in'

import { startBenchServer, type BenchServer } from './bench-server'
import { loadDotEnvFiles } from './dotenv'
import { log, runCli } from './run'

const { values: options } = parseArgs({
  options: {
    seed: { type: 'string', default: DEFAULT_SEED },
    /** Seconds of the overload; the other phases take 10 s (saturation, normal) and 20 s (recovery). */
    seconds: { type: 'string', default: '30' },
    label: { type: 'string', default: '' },
    'reuse-build': { type: 'boolean', default: false },
  },
})
const OVERLOAD_SECONDS = Number(options.seconds)
const SATURATION_SECONDS = 10
const NORMAL_SECONDS = 10
const RECOVERY_SECONDS = 20
const SIGNED_IN_DELEGATIONS = 40
const admission = readAdmissionSettings(process.env)
/** More than the instance admits and queues, so saturation is measured with the queue full. */
const SATURATION_CONNECTIONS = admission.concurrency + admission.queue + 8

type Answer = { sentAt: number; ms: number; status: number }
type Target = { name: string; nextRequest: () => LoadRequest; onResponse?: (sent: LoadRequest, status: number, body: string) => void }

/** A phase at a fixed offered rate (open: each request on time), or as fast as answered (closed), keeping every answer's time and status. */
async function phase(run: BenchServer, target: Target, seconds: number, rate?: number) {
  const answers: Answer[] = []
  const started = Date.now()
  const onResponse = (sent: LoadRequest, status: number, body: string, sentAt: number) => {
    answers.push({ sentAt: sentAt - started, ms: Date.now() - sentAt, status })
    target.onResponse?.(sent, status, body)
  }
  let offered: number
  let unanswered: number
  if (rate) {
    const result = await offerLoad({ baseUrl: run.baseUrl, nextRequest: target.nextRequest, rate, seconds, onResponse })
    offered = result.offered
    unanswered = result.failed
  } else {
    const result = await runLoad({
      baseUrl: run.baseUrl,
      nextRequest: target.nextRequest,
      seconds,
      connections: SATURATION_CONNECTIONS,
      onResponse,
    })
    unanswered = result.unanswered + (result.statuses.timeouts ?? 0) + (result.statuses.errors ?? 0)
    offered = answers.length + unanswered
  }
  const served = answers.filter((answer) => answer.status < 400)
  return {
    answers,
    offered,
    served: served.length,
    refused: answers.filter((answer) => answer.status === 503).length,
    errors500: answers.filter((answer) => answer.status >= 500 && answer.status !== 503).length,
    unanswered,
    servedPerSecond: served.length / seconds,
    p95Served: percentile(
      served.map((answer) => answer.ms),
      0.95,
    ),
  }
}

/**
 * Seconds from the start of the recovery phase until every later second has no refusal and a p95 within 1.5× (or
 * 100 ms of) the normal p95: the latency is back to normal and stays there.
 */
function timeToRecover(answers: Answer[], normalP95: number, seconds: number): number | null {
  const bar = Math.max(normalP95 * 1.5, normalP95 + 100)
  const buckets = Array.from({ length: seconds }, (_, second) => answers.filter((answer) => Math.floor(answer.sentAt / 1000) === second))
  const isNormal = (bucket: Answer[]) =>
    bucket.every((answer) => answer.status < 500) &&
    percentile(
      bucket.map((answer) => answer.ms),
      0.95,
    ) <= bar
  for (let second = 0; second < seconds; second += 1) {
    if (buckets.slice(second).every((bucket) => bucket.length === 0 || isNormal(bucket))) return second
  }
  return null
}

const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`)
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)}` : '–')

runCli(async () => {
  loadDotEnvFiles()
  const run = await startBenchServer({ seed: options.seed, reuseBuild: options['reuse-build'], command: 'npm run bench:overload' })
  try {
    const idleProbeMs = await measureIdleProbe(run.baseUrl)
    // The first member states' first delegates, as `npm run bench` signs them in.
    const { rows: delegations } = await run.client.query<{ code: string }>(
      `SELECT code FROM "Delegation" WHERE kind = 'member-state' ORDER BY code LIMIT ${SIGNED_IN_DELEGATIONS}`,
    )
    const emails = delegations.map((row) => `delegate1.${row.code.toLowerCase()}@scale.gfmd.test`)
    const delegates = { emails, cookies: await signInEach(run.baseUrl, emails, SCALE_PASSWORD) }
    log(`Signed in ${delegates.cookies.length} delegates.`)
    const { rows: items } = await run.client.query<{ code: string }>(`SELECT code FROM "Item" WHERE "retiredAt" IS NULL ORDER BY position`)
    let page = 0
    const itemPage: Target = {
      name: 'item page',
      nextRequest: () => {
        page += 1
        return {
          path: `/catalogue/${items[page % items.length]!.code}`,
          headers: { cookie: delegates.cookies[page % delegates.cookies.length]! },
        }
      },
    }
    const runId = `overload-${new Date().toISOString()}`
    const saves = await createTrackedSaves({ baseUrl: run.baseUrl, client: run.client, ...delegates, runId })
    const positionSave: Target = { name: 'position save', nextRequest: saves.nextRequest, onResponse: saves.onResponse }

    const rows: string[] = []
    const health: string[] = []
    for (const target of [itemPage, positionSave]) {
      log(`${target.name}: warming up …`)
      await runLoad({ baseUrl: run.baseUrl, nextRequest: target.nextRequest, seconds: 3, connections: 4, onResponse: target.onResponse })
      await waitUntilIdle(run.baseUrl, idleProbeMs)
      log(`${target.name}: saturation, ${SATURATION_CONNECTIONS} connections for ${SATURATION_SECONDS} s …`)
      const saturation = await phase(run, target, SATURATION_SECONDS)
      // autocannon offers at least 1 request a second.
      const capacity = Math.max(2, saturation.servedPerSecond)
      await waitUntilIdle(run.baseUrl, idleProbeMs)
      log(`${target.name}: normal, ${(capacity / 2).toFixed(1)} req/s for ${NORMAL_SECONDS} s …`)
      const normal = await phase(run, target, NORMAL_SECONDS, capacity / 2)
      log(`${target.name}: overload, ${(capacity * 3).toFixed(1)} req/s for ${OVERLOAD_SECONDS} s …`)
      // The health check answers during the overload, and says the instance is saturated.
      const probes: { ms: number; status: number; saturated: boolean }[] = []
      const probing = setInterval(() => {
        const sent = Date.now()
        void fetch(`${run.baseUrl}/api/health`)
          .then(async (response) => {
            const body = (await response.json()) as { admission?: { saturated?: boolean } }
            probes.push({ ms: Date.now() - sent, status: response.status, saturated: Boolean(body.admission?.saturated) })
          })
          .catch(() => probes.push({ ms: Date.now() - sent, status: 0, saturated: false }))
      }, 2_000)
      const overload = await phase(run, target, OVERLOAD_SECONDS, capacity * 3)
      clearInterval(probing)
      log(`${target.name}: back to ${(capacity / 2).toFixed(1)} req/s for ${RECOVERY_SECONDS} s …`)
      const recovery = await phase(run, target, RECOVERY_SECONDS, capacity / 2)
      const recovered = timeToRecover(recovery.answers, normal.p95Served, RECOVERY_SECONDS)
      await waitUntilIdle(run.baseUrl, idleProbeMs)
      rows.push(
        `| ${target.name} | ${capacity.toFixed(1)} | ${ms(normal.p95Served)} | ${(capacity * 3).toFixed(1)} | ${overload.offered} | ${pct(overload.served, overload.offered)} | ${pct(overload.refused, overload.offered)} | ${overload.errors500 + saturation.errors500 + normal.errors500 + recovery.errors500} | ${overload.unanswered} | ${ms(overload.p95Served)} | ${recovered === null ? `> ${RECOVERY_SECONDS} s` : `${recovered} s`} | ${ms(recovery.p95Served)} |`,
      )
      health.push(
        `${target.name}: ${probes.length} health checks during the overload, all answered ${probes.every((probe) => probe.status === 200) ? '200' : probes.map((probe) => probe.status).join('/')}, p95 ${ms(
          percentile(
            probes.map((probe) => probe.ms),
            0.95,
          ),
        )} ms, ${probes.filter((probe) => probe.saturated).length} saying saturated`,
      )
    }

    const loss = await checkNothingLost(run.client, runId, saves.records)
    const refused = saves.records.filter((record) => record.outcome.kind === 'refused')
    // A save whose answer never came (in flight when a phase ended) may be in the database either way; one refused may not.
    const { 'no record': unanswered = 0, ...answered } = loss.unacknowledgedByAnswer
    const refusedWritten = Object.values(answered).reduce((sum, count) => sum + count, 0)
    const cpus = os.cpus()
    const report = [
      `### ${options.label || 'Overload run'} (${new Date().toISOString().slice(0, 16)}Z)`,
      '',
      `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, Node ${process.version}. Admission: ${admission.concurrency} at once, ${admission.queue} queued for up to ${admission.queueWaitMs} ms, Retry-After ${admission.retryAfterSeconds} s; database pool ${process.env.DATABASE_POOL_MAX ?? 10} connections, ${process.env.DATABASE_POOL_TIMEOUT_MS ?? 3000} ms wait.`,
      '',
      '| target | saturation req/s | normal p95 ms (at ½ saturation) | offered req/s (3×) | offered | served | refused 503 | 500s | no answer (30 s) | p95 served ms | time to recover | p95 ms after |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      ...health.map((line) => `- ${line}.`),
      `- Saves: ${loss.acknowledged} acknowledged, ${loss.found} of them in the database at the version acknowledged; ${refused.length} refused (503 or the form's message), ${refusedWritten} refused ones in the database${refusedWritten > 0 ? ` ${JSON.stringify(answered)}` : ''}; ${unanswered} saves whose answer never came (in flight as a phase ended) in the database; ${loss.conflicts} conflicts; ${saves.records.filter((record) => record.outcome.kind === 'server-error').length} server errors; ${loss.draftsOutOfStep} of ${loss.draftsTouched} drafts out of step with their history.`,
    ].join('\n')
    console.log(`\n${report}\n`)
    const folder = path.join('.data', 'bench')
    mkdirSync(folder, { recursive: true })
    const file = path.join(folder, `overload-${new Date().toISOString().replaceAll(':', '-').slice(0, 19)}.md`)
    writeFileSync(file, `${report}\n`)
    log(`Kept in ${file}.`)
    if (loss.lost.length > 0 || refusedWritten > 0 || loss.draftsOutOfStep > 0)
      throw new Error('The database does not hold exactly the acknowledged saves.')
  } finally {
    await run.stop()
  }
})
