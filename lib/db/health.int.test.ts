import { describe, expect, it } from 'vitest'

import { createDb } from '@/lib/db'
import { useTestDb } from '@/lib/testing/db'

import { checkHealth, listMigrationNames } from './health'

describe('checkHealth', () => {
  const db = useTestDb()

  it('is ok when the database answers and every migration is applied', async () => {
    const health = await checkHealth(db)
    expect(health).toEqual({
      status: 'ok',
      database: 'reachable',
      migrations: { applied: listMigrationNames().length, expected: listMigrationNames().length },
    })
  })

  it('is unavailable while a migration of this version is pending', async () => {
    const health = await checkHealth(db, [...listMigrationNames(), '29991231000000_future'])
    expect(health).toMatchObject({ status: 'unavailable', database: 'reachable', migrations: { pending: ['29991231000000_future'] } })
  })

  it('is unavailable when the database cannot be reached', async () => {
    const unreachable = createDb('postgresql://nobody@127.0.0.1:1/x')
    try {
      expect(await checkHealth(unreachable)).toMatchObject({ status: 'unavailable', database: 'unreachable' })
    } finally {
      await unreachable.$disconnect()
    }
  })
})
