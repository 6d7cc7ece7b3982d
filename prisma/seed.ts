/**
 * Seeding, idempotent: the reference data (clusters, objectives), the
 * catalogue imported from the report, the delegations, and for the local
 * default the demo accounts. `npm start` runs it on every start; `npm run
 * db:seed` runs it by hand.
 */
import { pathToFileURL } from 'node:url'

import { seedDemoAccounts } from '@/lib/accounts/demo-accounts'
import { seedDelegations } from '@/lib/accounts/seed-delegations'
import { allowServerOnlyModules } from '@/lib/cli/server-modules'
import { describeImport, importCatalogue } from '@/lib/catalogue/import-catalogue'
import { seedStocktaking } from '@/lib/dashboards/stocktaking'
import { createDb } from '@/lib/db'

export type SeedOptions = {
  withDemoAccounts: boolean
  /** With the demo accounts, a few of their delegations' inputs (lib/workspace/demo-inputs.ts); on by default. */
  withDemoInputs?: boolean
  log?: (message: string) => void
}

export async function seedDatabase(url: string, options: SeedOptions): Promise<void> {
  const log = options.log ?? (() => {})
  const db = createDb(url)
  try {
    log(describeImport(await importCatalogue(db)))
    log(`Delegations: ${await db.$transaction((tx) => seedDelegations(tx), { timeout: 60_000 })}.`)
    await seedStocktaking(db)
    if (options.withDemoAccounts) {
      const created = await seedDemoAccounts(db)
      if (created > 0) log(`Created ${created} demo accounts (see the README).`)
      if (options.withDemoInputs ?? true) {
        await allowServerOnlyModules()
        const { seedDemoInputs } = await import('@/lib/workspace/demo-inputs')
        const written = await seedDemoInputs(db)
        if (written > 0) log(`Wrote ${written} demo inputs of Germany, Mexico and Morocco.`)
      }
    }
  } finally {
    await db.$disconnect()
  }
}

// Run directly (`npm run db:seed`): the CLI resolves the database like npm start.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { runCli, log } = await import('@/lib/cli/run')
  const { resolveDatabase } = await import('@/lib/cli/database')
  const { getEnv, isProductionStart } = await import('@/lib/env')
  const { loadDotEnvFiles } = await import('@/lib/cli/dotenv')
  runCli(async () => {
    loadDotEnvFiles()
    const env = getEnv()
    const database = await resolveDatabase(env, { log })
    try {
      await seedDatabase(database.url, { withDemoAccounts: !isProductionStart(env), withDemoInputs: env.DEMO_INPUTS === 'on', log })
    } finally {
      await database.release()
    }
  })
}
