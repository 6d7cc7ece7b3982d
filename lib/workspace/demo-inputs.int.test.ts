/**
 * The seed on a database of its own, as `npm start` runs it on every start:
 * twice gives the same rows, and the demo inputs reach exactly who they were
 * shared with.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadViewer } from '@/lib/auth/viewer'
import { createDb, type Db } from '@/lib/db'
import { dropDatabase, ensureDatabase, withDatabase } from '@/lib/db/connection'
import { applyMigrations } from '@/lib/db/migrate'
import { listShares } from '@/lib/drafts/drafts'
import { positionKind } from '@/lib/positions/position-kind'
import { getReviewQueue } from '@/lib/review/review-queue'
import { seedDatabase } from '@/prisma/seed'

describe('the demo inputs of the local default', () => {
  const url = withDatabase(process.env.DATABASE_URL as string, `gfmd_seed_${Date.now()}_${process.pid}`)
  let db: Db

  beforeAll(async () => {
    await ensureDatabase(url)
    await applyMigrations(url)
    await seedDatabase(url, { withDemoAccounts: true })
    db = createDb(url)
  }, 120_000)

  afterAll(async () => {
    await db?.$disconnect()
    await dropDatabase(url)
  })

  async function viewer(email: string) {
    const user = await db.user.findUniqueOrThrow({ where: { email } })
    return (await loadViewer(db, user.id, user.sessionVersion))!
  }

  it('seeds each input once, however often the seed runs', async () => {
    const counts = async () => [await db.positionShare.count(), await db.implementationStatusShare.count(), await db.comment.count()]
    const before = await counts()
    expect(before).toEqual([5, 2, 1])
    await seedDatabase(url, { withDemoAccounts: true })
    expect(await counts()).toEqual(before)
  }, 120_000)

  it('gives the secretariat a queue, and Mexico only what was shared with all participants', async () => {
    const queue = await getReviewQueue(db, await viewer('secretariat@demo.gfmd.test'), {})
    expect(queue.total).toBe(8)
    const mexico = await listShares(db, await viewer('delegate.mx@demo.gfmd.test'), positionKind, { currentOnly: true })
    expect(mexico.map((share) => `${share.delegation.code} ${share.itemCode}`).sort()).toEqual([
      'DEU E-16.05',
      'MEX E-13.02',
      'MEX E-16.05',
    ])
  })
})
