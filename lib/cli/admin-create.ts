/**
 * `npm run admin:create -- <email> [name]`: creates an administrator, e.g. the
 * first one of a production install (which seeds no demo accounts), and prints
 * an initial password to change after signing in.
 */
import { createAdministrator } from '@/lib/accounts/users'
import { createDb } from '@/lib/db'
import { getEnv } from '@/lib/env'

import { resolveDatabase } from './database'
import { loadDotEnvFiles } from './dotenv'
import { log, runCli } from './run'

runCli(async () => {
  const [email, ...nameParts] = process.argv.slice(2)
  if (!email) throw new Error('Usage: npm run admin:create -- <email> [name]')
  loadDotEnvFiles()
  const database = await resolveDatabase(getEnv(), { log })
  const db = createDb(database.url)
  try {
    const { password } = await createAdministrator(db, { email, name: nameParts.join(' ') || email.split('@')[0] || email })
    log(`Created the administrator ${email.toLowerCase()}.`)
    console.log(`\n  Initial password: ${password}\n  Sign in with it, then change it under Account → Change password.\n`)
  } finally {
    await db.$disconnect()
    await database.release()
  }
})
