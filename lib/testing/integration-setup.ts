import { inject } from 'vitest'

// Modules under test read the database from the environment, as in the app.
process.env.DATABASE_URL = inject('databaseUrl')
