import { defineConfig } from 'prisma/config'

import { createMigrationAdapterFactory } from './lib/db/migration-adapter'
import { loadDotEnvFiles } from './lib/cli/dotenv'

// With a config file present Prisma does not read .env itself.
loadDotEnvFiles()
const databaseUrl = process.env.DATABASE_URL
// Commands that never connect (generate, format, validate) still need the
// variable: without it the CLI tries to download a native engine and fails.
process.env.DATABASE_URL ??= 'postgresql://unused@127.0.0.1:1/unused'

export default defineConfig({
  experimental: { adapter: true },
  // The WebAssembly schema engine: every Prisma command runs offline.
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  async adapter() {
    if (!databaseUrl)
      throw new Error(
        'DATABASE_URL is not set. Run Prisma through the npm scripts (npm run db:migrate), which start the embedded database and set it.',
      )
    return createMigrationAdapterFactory(databaseUrl)
  },
})
