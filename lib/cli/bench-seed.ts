/**
 * `npm run bench:seed [-- --seed VALUE]`: recreates the benchmark's database
 * (`gfmd_bench`, on the embedded server or DATABASE_URL's) and fills it with
 * the scale data of lib/bench/, the same rows for the same seed.
 */
import { parseArgs } from 'node:util'

import { BENCH_DATABASE, BENCH_POSTGRES_SETTINGS, DEFAULT_SEED } from '@/lib/bench/bench-database'
import { getEnv } from '@/lib/env'

import { describeForHumans, resolveDatabase } from './database'
import { loadDotEnvFiles } from './dotenv'
import { log, runCli } from './run'
import { allowServerOnlyModules } from './server-modules'

const { values: options } = parseArgs({ options: { seed: { type: 'string', default: DEFAULT_SEED } } })

runCli(async () => {
  loadDotEnvFiles()
  const started = Date.now()
  const database = await resolveDatabase(getEnv(), { database: BENCH_DATABASE, log, embeddedSettings: BENCH_POSTGRES_SETTINGS })
  try {
    await allowServerOnlyModules()
    const { writeScaleData } = await import('@/lib/bench/write-scale-data')
    log(`Scale data, seed "${options.seed}", into ${describeForHumans(database.url)} …`)
    const counts = await writeScaleData(database.url, options.seed, log)
    for (const [table, count] of counts) log(`${table}: ${count.toLocaleString('en')} rows`)
    log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  } finally {
    await database.release()
  }
})
