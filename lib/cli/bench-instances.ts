/**
 * `npm run bench:instances` (issue 11): two app instances on one database, as
 * the README deploys them (the same build, DATABASE_URL and AUTH_SECRET; each
 * its own port and process group), on the scale data. People sign in on
 * either instance and their session is used on both. Then:
 *
 * - the catalogue cache is shown coherent: an item's title changed in the
 *   database, as an import changes it, is served by both instances at once;
 * - the item page's saturation on both instances together;
 * - at each offered rate (50 req/s, then half of that saturation), the
 *   signed-in item page and then the position save, offered open and split
 *   half to each instance, with latency, errors by status, served req/s,
 *   server CPU per request and peak RSS per instance and in total;
 * - under that load, comment trials: a delegate posts through instance A as
 *   the item page's form does, and another delegate of the same delegation,
 *   whose item page is open on instance B, polls as the live thread does
 *   (every 5 s); the time from A's acknowledgement until B shows it.
 *
 * Every acknowledged save is held against the history afterwards. Prints a
 * Markdown section (BENCHMARKS.md, "Two instances on one database"), kept in
 * .data/bench/. Exits non-zero on any error answer, a comment not shown by
 * B's next round of the thread, or a lost save.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { DEFAULT_SEED, SCALE_PASSWORD } from '@/lib/bench/bench-database'
import { hiddenFieldsOfForm } from '@/lib/bench/form-post'
import { isServed, splitRate, summarizeAnswers, type Answer, type AnswerSummary } from '@/lib/bench/instances'
import { commentTrial, watchThread, type Trial } from '@/lib/bench/live-thread'
import { measureIdleProbe, offerLoad, runLoad, waitUntilIdle, type LoadRequest } from '@/lib/bench/load'
import { groupCpuMs, watchRss } from '@/lib/bench/process-group'
import { signIn } from '@/lib/bench/sign-in'
import { benchDelegateEmails, itemPageTarget } from '@/lib/bench/targets'
import { createTrackedSaves } from '@/lib/bench/tracked-saves'
import { checkNothingLost } from '@/lib/bench/writers'
import { COMMENT_POLL_MS } from '@/lib/comments/live-poll'
import { readAdmissionSettings } from '@/lib/http/admission.mjs'

import { startBenchServer, type BenchInstance } from './bench-server'
import { loadDotEnvFiles } from './dotenv'
import { log, runCli } from './run'

const { values: options } = parseArgs({
  options: {
    seed: { type: 'string', default: DEFAULT_SEED },
    /** Seconds of each target at each rate. */
    seconds: { type: 'string', default: '30' },
    /** The offered load of issue 11, in all (each instance gets its share). */
    rate: { type: 'string', default: '50' },
    /** The second rate, in all; unset: half the item page's saturation on both instances. 0: only --rate. */
    'serve-rate': { type: 'string' },
    /** Comment trials at each rate, spread over its two targets. */
    trials: { type: 'string', default: '10' },
    label: { type: 'string', default: '' },
    'reuse-build': { type: 'boolean', default: false },
  },
})
const INSTANCES = 2
const SECONDS = Number(options.seconds)
const RATE = Number(options.rate)
const TRIALS = Number(options.trials)
const SIGNED_IN_DELEGATIONS = 40
const SATURATION_SECONDS = 10
const admission = readAdmissionSettings(process.env)

type Measured = {
  rate: number
  target: string
  perInstance: (AnswerSummary & { offered: number; cpuPerServedMs: number; peakRssBytes: number })[]
  total: AnswerSummary & { offered: number }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
const ms = (value: number | null) => (value !== null && Number.isFinite(value) ? `${Math.round(value)}` : '–')
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor((sorted.length - 1) / 2)]!
}
const statuses = (counts: Record<string, number>) =>
  Object.keys(counts).length === 0
    ? '0'
    : `${Object.values(counts).reduce((sum, count) => sum + count, 0)} (${Object.entries(counts)
        .map(([status, count]) => `${count}× ${status}`)
        .join(', ')})`

runCli(async () => {
  loadDotEnvFiles()
  const server = await startBenchServer({
    seed: options.seed,
    reuseBuild: options['reuse-build'],
    command: 'npm run bench:instances',
    instances: INSTANCES,
  })
  const { client, instances } = server
  const [a, b] = instances as [BenchInstance, BenchInstance]
  const rss = instances.map((instance) => watchRss(instance.pid))
  try {
    const loadAtStart = loadAverage()
    const idleProbeMs = Math.max(...(await Promise.all(instances.map((instance) => measureIdleProbe(instance.baseUrl)))))
    const waitUntilAllIdle = () => Promise.all(instances.map((instance) => waitUntilIdle(instance.baseUrl, idleProbeMs)))

    // Signed in on A and B in turn; every session is then used on both instances (one AUTH_SECRET).
    const emails = await benchDelegateEmails(client, SIGNED_IN_DELEGATIONS)
    const cookies: string[] = []
    for (const [index, email] of emails.entries()) cookies.push(await signIn(instances[index % INSTANCES]!.baseUrl, email, SCALE_PASSWORD))
    log(`Signed in ${cookies.length} delegates, on A and B in turn.`)
    // Each session signed by one instance is accepted by the other; a request without one is not (the check tells them apart).
    const { rows: firstItem } = await client.query<{ code: string }>(
      `SELECT code FROM "Item" WHERE "retiredAt" IS NULL ORDER BY position LIMIT 1`,
    )
    const apiStatus = async (instance: BenchInstance, cookie?: string) => {
      const response = await fetch(`${instance.baseUrl}/api/v1/items/${firstItem[0]!.code}/comments?since=${new Date().toISOString()}`, {
        headers: cookie ? { cookie } : {},
      })
      await response.body?.cancel()
      return response.status
    }
    const crossSessions = await Promise.all(cookies.map((cookie, index) => apiStatus(instances[(index + 1) % INSTANCES]!, cookie)))
    const signedOut = await Promise.all(instances.map((instance) => apiStatus(instance)))
    const sessionsShared = crossSessions.every((status) => status === 200) && signedOut.every((status) => status === 401)
    const sessionLine = `Sessions: each of the ${cookies.length} sessions asked the comments API of the instance it was not signed in on: ${crossSessions.filter((status) => status === 200).length} answered 200${sessionsShared ? '' : ` (statuses ${JSON.stringify(crossSessions)})`}; without a session both answered ${signedOut.join(' and ')}.`
    log(sessionLine)

    const nextItemPage = await itemPageTarget.prepare({ baseUrl: a.baseUrl, viewers: { delegates: cookies, reviewers: [] }, client })
    const runId = `instances-${new Date().toISOString()}`
    const saves = await createTrackedSaves({ baseUrl: a.baseUrl, client, emails, cookies, runId })

    // The live pair: the first signed-in delegation's first delegate posts on A, its second delegate reads on B.
    const liveItem = (await client.query<{ code: string }>(`SELECT code FROM "Item" WHERE "retiredAt" IS NULL ORDER BY position LIMIT 1`))
      .rows[0]!.code
    const posterCookie = cookies[0]!
    const readerCookie = await signIn(b.baseUrl, emails[0]!.replace('delegate1.', 'delegate2.'), SCALE_PASSWORD)
    const commentForm = hiddenFieldsOfForm(
      await (await fetch(`${a.baseUrl}/catalogue/${liveItem}`, { headers: { cookie: posterCookie } })).text(),
      'body',
    )

    log('Warming up both instances …')
    await Promise.all(
      instances.map((instance) => runLoad({ baseUrl: instance.baseUrl, nextRequest: nextItemPage, seconds: 3, connections: 4 })),
    )
    await waitUntilAllIdle()

    // The catalogue cache: one item's title changed in the database by another process (as an import changes it,
    // moving the item's updatedAt); both instances, having served it before, must serve the new title on their next read.
    const cacheItem = (
      await client.query<{ code: string; title: string; updatedAt: Date }>(
        `SELECT code, title, "updatedAt" FROM "Item" WHERE "retiredAt" IS NULL ORDER BY position OFFSET 1 LIMIT 1`,
      )
    ).rows[0]!
    const titleOn = async (instance: BenchInstance) =>
      ((await (await fetch(`${instance.baseUrl}/api/v1/catalogue/${cacheItem.code}`)).json()) as { title: string }).title
    const before = await Promise.all(instances.map(titleOn))
    const changedTitle = `${cacheItem.title} (changed by ${runId})`
    await client.query(`UPDATE "Item" SET title = $2, "updatedAt" = now() WHERE code = $1`, [cacheItem.code, changedTitle])
    const afterChange = await Promise.all(instances.map(titleOn))
    await client.query(`UPDATE "Item" SET title = $2, "updatedAt" = $3 WHERE code = $1`, [
      cacheItem.code,
      cacheItem.title,
      cacheItem.updatedAt,
    ])
    const afterRestore = await Promise.all(instances.map(titleOn))
    const cacheCoherent =
      before.every((title) => title === cacheItem.title) &&
      afterChange.every((title) => title === changedTitle) &&
      afterRestore.every((title) => title === cacheItem.title)
    const cacheLine = `Catalogue cache: ${cacheItem.code}'s title read through \`/api/v1/catalogue/${cacheItem.code}\` on both instances, changed in the database by this benchmark's own connection (as an import changes it) and changed back: A and B served ${cacheCoherent ? 'the new title on their first read after each change' : `before ${JSON.stringify(before)}, after the change ${JSON.stringify(afterChange)}, after restoring ${JSON.stringify(afterRestore)}`}.`
    log(cacheLine)

    log(`Item page: saturation on both instances at once, ${admission.concurrency} connections each for ${SATURATION_SECONDS} s …`)
    const saturation = await Promise.all(
      instances.map((instance) =>
        runLoad({ baseUrl: instance.baseUrl, nextRequest: nextItemPage, seconds: SATURATION_SECONDS, connections: admission.concurrency }),
      ),
    )
    const servedAt = saturation.map((result) => (result.requests - result.errors) / result.seconds)
    const capacity = servedAt.reduce((sum, value) => sum + value, 0)
    await waitUntilAllIdle()
    const serveRate = options['serve-rate'] !== undefined ? Number(options['serve-rate']) : Math.max(1, Math.round(capacity) / 2)
    const rates = [RATE, ...(serveRate > 0 ? [serveRate] : [])]
    log(
      `Saturation ${servedAt.map((value) => value.toFixed(1)).join(' + ')} = ${capacity.toFixed(1)} req/s; rates ${rates.join(', ')} req/s.`,
    )

    const saveAnswerKey = new WeakMap<LoadRequest, string>()
    const targets = [
      { name: 'item page', nextRequest: () => nextItemPage(), onResponse: undefined },
      {
        name: 'position save',
        // A server action answers only a request whose Origin is its own host, as a browser sends it.
        nextRequest: (instance: BenchInstance) => {
          const request = saves.nextRequest()
          request.headers = { ...request.headers, origin: instance.baseUrl }
          return request
        },
        onResponse: (sent: LoadRequest, status: number, body: string) => {
          const before = saves.records.length
          saves.onResponse(sent, status, body)
          const outcome = saves.records.at(-1)
          // A 200 that did not save (the form's error notice) is not served either.
          if (saves.records.length > before && isServed(status) && outcome?.outcome.kind !== 'saved')
            saveAnswerKey.set(sent, `${status} not saved (${outcome?.outcome.kind})`)
        },
      },
    ]

    const measured: Measured[] = []
    const trialsByRate: {
      rate: number
      trials: Trial[]
      underLoad: number
      polls: { status: number; sentAt: number; answeredAt: number }[]
    }[] = []
    for (const rate of rates) {
      const shares = splitRate(rate, INSTANCES)
      const thread = watchThread({ baseUrl: b.baseUrl, cookie: readerCookie, itemCode: liveItem, loadedAt: new Date().toISOString() })
      const trials: Trial[] = []
      let loadEnded = Number.POSITIVE_INFINITY
      let underLoad = 0
      const loadStarted = Date.now()
      // Spread over the load, ending two intervals before it does so that each is seen under it; each at another
      // phase of the thread's 5 s beat, so the acknowledgements land anywhere in its interval. They overlap when a post is slow.
      const spacing = (targets.length * SECONDS * 1000 - 3 * COMMENT_POLL_MS) / TRIALS
      const trialRun = Promise.all(
        Array.from({ length: TRIALS }, async (_, index) => {
          const due = loadStarted + 1_000 + index * spacing + ((index * 2_300) % COMMENT_POLL_MS)
          if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()))
          const trial = await commentTrial({
            poster: { baseUrl: a.baseUrl, cookie: posterCookie, hiddenFields: commentForm },
            reader: { baseUrl: b.baseUrl, cookie: readerCookie },
            itemCode: liveItem,
            marker: `live-check ${runId} at ${rate} req/s, trial ${index + 1}`,
            thread,
          })
          if (trial.acknowledgedAt !== null && trial.acknowledgedAt <= loadEnded) underLoad += 1
          trials.push(trial)
        }),
      )
      for (const target of targets) {
        log(`${target.name}: ${rate} req/s offered for ${SECONDS} s, ${shares.map((share) => share.toFixed(1)).join(' + ')} on A and B …`)
        for (const watcher of rss) watcher.resetPeak()
        const cpuBefore = instances.map((instance) => groupCpuMs(instance.pid))
        const answers = await Promise.all(
          instances.map(async (instance, index) => {
            const answered: Answer[] = []
            const result = await offerLoad({
              baseUrl: instance.baseUrl,
              nextRequest: () => target.nextRequest(instance),
              rate: shares[index]!,
              seconds: SECONDS,
              onResponse: (sent, status, body, sentAt) => {
                target.onResponse?.(sent, status, body)
                answered.push({ status, ms: Date.now() - sentAt, failure: saveAnswerKey.get(sent) })
              },
            })
            for (let failed = 0; failed < result.failed; failed += 1) answered.push({ status: 0, ms: Number.NaN })
            return { answered, offered: result.offered }
          }),
        )
        const cpuAfter = instances.map((instance) => groupCpuMs(instance.pid))
        const perInstance = answers.map(({ answered, offered }, index) => {
          const summary = summarizeAnswers(answered, SECONDS)
          return {
            ...summary,
            offered,
            cpuPerServedMs: (cpuAfter[index]! - cpuBefore[index]!) / Math.max(1, summary.served),
            peakRssBytes: rss[index]!.peak,
          }
        })
        const all = answers.flatMap(({ answered }) => answered)
        const total = summarizeAnswers(all, SECONDS)
        measured.push({
          rate,
          target: target.name,
          perInstance,
          total: { ...total, offered: perInstance.reduce((sum, row) => sum + row.offered, 0) },
        })
        log(
          `${target.name} at ${rate} req/s: ${total.errors} errors of ${all.length}, p95 ${ms(total.p95)} ms, load average ${loadAverage()}.`,
        )
      }
      loadEnded = Date.now()
      await trialRun
      await thread.stop()
      trialsByRate.push({
        rate,
        trials,
        underLoad,
        polls: thread.looks.map(({ status, sentAt, answeredAt }) => ({ status, sentAt, answeredAt })),
      })
      await waitUntilAllIdle()
    }
    for (const watcher of rss) watcher.stop()
    const loss = await checkNothingLost(client, runId, saves.records)

    const cpus = os.cpus()
    const lines = [
      `### ${options.label || 'Two instances'} (${new Date().toISOString().slice(0, 16)}Z)`,
      '',
      `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${mb(os.totalmem())} RAM, Node ${process.version}; load average ${loadAtStart} at the start, ${loadAverage()} at the end. ${INSTANCES} instances of \`next start\` (ports ${instances.map((instance) => instance.port).join(', ')}, warm starts ${instances.map((instance) => `${(instance.startMs / 1000).toFixed(1)} s`).join(', ')}) on one PostgreSQL 18; each: admission ${admission.concurrency} at once, ${admission.queue} queued for up to ${admission.queueWaitMs} ms; pool ${process.env.DATABASE_POOL_MAX ?? 10} connections. ${SIGNED_IN_DELEGATIONS} delegates signed in on A and B in turn, each session used on both.`,
      '',
      `- ${sessionLine}`,
      `- ${cacheLine}`,
      `- Item page saturation, both instances at once (${admission.concurrency} connections each, ${SATURATION_SECONDS} s): A ${servedAt[0]!.toFixed(1)} + B ${servedAt[1]!.toFixed(1)} = ${capacity.toFixed(1)} served req/s.`,
      '',
      `| offered in all | target | instance | offered | p50 ms | p95 ms | p99 ms | served req/s | errors (by status) | server CPU ms / served request | peak RSS |`,
      '|---|---|---|---|---|---|---|---|---|---|---|',
    ]
    for (const row of measured) {
      row.perInstance.forEach((instance, index) =>
        lines.push(
          `| ${row.rate} req/s | ${row.target} | ${'AB'[index]} | ${instance.offered} | ${ms(instance.p50)} | ${ms(instance.p95)} | ${ms(instance.p99)} | ${instance.servedPerSecond.toFixed(1)} | ${statuses(instance.errorsByStatus)} | ${ms(instance.cpuPerServedMs)} | ${mb(instance.peakRssBytes)} |`,
        ),
      )
      lines.push(
        `| ${row.rate} req/s | ${row.target} | **both** | ${row.total.offered} | ${ms(row.total.p50)} | ${ms(row.total.p95)} | ${ms(row.total.p99)} | ${row.total.servedPerSecond.toFixed(1)} | ${statuses(row.total.errorsByStatus)} | | ${mb(row.perInstance.reduce((sum, instance) => sum + instance.peakRssBytes, 0))} |`,
      )
    }
    lines.push(
      '',
      `Comments posted on A (the item page's form, no JavaScript), read on B by another delegate of the same delegation: B's live thread asks every ${COMMENT_POLL_MS / 1000} s as comment-thread.tsx does; B's item page is loaded right after A's acknowledgement. "Next round" means the thread's first question sent after the acknowledgement (or one already on its way) showed it.`,
      '',
      `| offered in all | trials | acknowledged (under load) | post refused 503 / other | post ms p50 / max | B's thread: shown by its next round | ms from acknowledgement until B's thread showed it, p50 / max | B's item page showed it | its ms p50 / max | B's answers not 200: thread polls; item page |`,
      '|---|---|---|---|---|---|---|---|---|---|',
    )
    for (const { rate, trials, underLoad, polls } of trialsByRate) {
      const acknowledged = trials.filter((trial) => trial.acknowledgedAt !== null)
      const refused = trials.flatMap((trial) => trial.postStatuses).filter((status) => status === 503).length
      const otherFailed = trials.flatMap((trial) => trial.postStatuses).filter((status) => status !== 503 && !isServed(status)).length
      const shownTimes = acknowledged.flatMap((trial) => (trial.thread.untilShownMs === null ? [] : [trial.thread.untilShownMs]))
      const pageTimes = acknowledged.flatMap((trial) => (trial.page.untilShownMs === null ? [] : [trial.page.untilShownMs]))
      const postTimes = acknowledged.map((trial) => trial.postMs!)
      const pollErrors = polls.filter((look) => look.status !== 200).map((look) => look.status)
      const pageErrors = acknowledged.filter((trial) => trial.page.status !== 200).map((trial) => trial.page.status)
      lines.push(
        `| ${rate} req/s | ${trials.length} | ${acknowledged.length} (${underLoad}) | ${refused} / ${otherFailed} | ${ms(median(postTimes))} / ${ms(Math.max(...postTimes))} | ${acknowledged.filter((trial) => trial.thread.withinInterval).length} of ${acknowledged.length} | ${ms(median(shownTimes))} / ${ms(shownTimes.length ? Math.max(...shownTimes) : Number.NaN)} | ${pageTimes.length} of ${acknowledged.length} | ${ms(median(pageTimes))} / ${ms(pageTimes.length ? Math.max(...pageTimes) : Number.NaN)} | ${pollErrors.length} of ${polls.length} polls${pollErrors.length ? ` (${pollErrors.join(', ')})` : ''}; ${pageErrors.length === 0 ? '0' : pageErrors.join(', ')} |`,
      )
    }
    const refusedSaves = saves.records.filter((record) => record.outcome.kind !== 'saved').length
    lines.push(
      '',
      `- Saves through both instances: ${loss.acknowledged} acknowledged, ${loss.found} of them in the history at the version acknowledged (${loss.lost.length} lost); ${refusedSaves} not saved (refused or no answer), ${loss.unacknowledgedWrites} written without an acknowledgement; ${loss.draftsOutOfStep} of ${loss.draftsTouched} drafts out of step with their history.`,
    )
    const report = `${lines.join('\n')}\n`
    console.log(`\n${report}`)
    const folder = path.join('.data', 'bench')
    mkdirSync(folder, { recursive: true })
    const stamp = new Date().toISOString().replaceAll(':', '-').slice(0, 19)
    writeFileSync(path.join(folder, `instances-${stamp}.md`), report)
    writeFileSync(
      path.join(folder, `instances-${stamp}.json`),
      JSON.stringify(
        { label: options.label, runId, capacity, servedAt, measured, trialsByRate, cacheCoherent, loss: { ...loss } },
        null,
        2,
      ),
    )
    log(`Kept in ${path.join(folder, `instances-${stamp}.md`)} (and .json).`)

    const failures = [
      ...measured
        .filter((row) => row.total.errors > 0)
        .map((row) => `${row.total.errors} error answers for ${row.target} at ${row.rate} req/s`),
      ...trialsByRate.flatMap(({ rate, trials }) => {
        const missed = trials.filter((trial) => trial.acknowledgedAt === null || !trial.thread.withinInterval).length
        return missed > 0 ? [`${missed} of ${trials.length} comments at ${rate} req/s not posted or not shown by B's next round`] : []
      }),
      ...(cacheCoherent ? [] : ['the catalogue cache served a stale title']),
      ...(sessionsShared ? [] : ['a session signed by one instance was not accepted by the other']),
      ...(loss.lost.length > 0 || loss.draftsOutOfStep > 0 ? ['acknowledged saves missing from the history'] : []),
    ]
    if (failures.length > 0) throw new Error(`Two instances: ${failures.join('; ')}.`)
  } finally {
    for (const watcher of rss) watcher.stop()
    await server.stop()
  }
})
