/**
 * A backup restored into a fresh database holds every table row for row:
 * the test database is filled through the app's own functions until every
 * table has rows (history, review, submissions with their files as bytea),
 * backed up, restored, and each table's ordered rows compared by digest.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createInvitation } from '@/lib/accounts/invitations'
import { recordSignInAttempt } from '@/lib/auth/throttle'
import { createComment, editComment } from '@/lib/comments/comments'
import { seedStocktaking } from '@/lib/dashboards/stocktaking'
import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import { positionKind } from '@/lib/positions/position-kind'
import { getReviewQueue } from '@/lib/review/review-queue'
import { addReviewerNote, decideReview, replyToClarification, requestClarification } from '@/lib/review/review-decisions'
import { statusKind } from '@/lib/statuses/status-kind'
import { submitSubmission } from '@/lib/submissions/submissions'
import { useTestDb } from '@/lib/testing/db'
import { createCast, randomSuffix, type Cast } from '@/lib/testing/factories'

import { BACKUP_FORMAT_VERSION, writeBackup } from './backup'
import { describeDatabaseUrl, dropDatabase, ensureDatabase, withDatabase } from './connection'
import { listMigrationNames } from './health'
import { restoreBackup } from './restore'

type Fingerprint = { tables: Record<string, { rows: number; md5: string }>; sequences: { name: string; lastValue: string | null }[] }

/** Every table's row count and the digest of its rows in a fixed order, and every sequence's value. */
async function fingerprint(url: string): Promise<Fingerprint> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    )
    const result: Fingerprint = { tables: {}, sequences: [] }
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${pg.escapeIdentifier(name)} t`,
      )
      result.tables[name] = rows[0]!
    }
    result.sequences = (
      await client.query<{ name: string; lastValue: string | null }>(
        `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
      )
    ).rows
    return result
  } finally {
    await client.end()
  }
}

describe('npm run db:backup and db:restore', () => {
  const db = useTestDb()
  const sourceUrl = process.env.DATABASE_URL as string
  const restoredUrl = withDatabase(sourceUrl, `${describeDatabaseUrl(sourceUrl).database}_restored`)
  const folder = mkdtempSync(path.join(tmpdir(), 'gfmd-backup-'))
  const file = path.join(folder, 'snapshot.gfmd-backup.gz')
  let cast: Cast

  beforeAll(async () => {
    cast = await createCast(db)
    const { viewers, users } = cast
    await seedStocktaking(db)
    const item = 'E-16.03'
    await saveDraft(db, viewers.focalPoint, positionKind, {
      itemCode: item,
      baseVersion: null,
      stance: 'support_with_amendments',
      // Text that COPY must escape: tabs, newlines, a backslash, quotes, and beyond the BMP.
      rationale: 'First line\twith a tab\nsecond line with a back\\slash, "quotes" and 🌍',
      proposedWording: 'Enhance capacity, in line with national law.',
    })
    await shareDraft(db, viewers.focalPoint, positionKind, { itemCode: item, visibility: 'delegation_and_secretariat' })
    await saveDraft(db, viewers.delegate, statusKind, {
      itemCode: item,
      baseVersion: null,
      state: 'in_progress',
      evidence: 'A bill before parliament.',
      links: ['https://example.org/bill'],
      asOf: '2017-12-04',
    })
    await shareDraft(db, viewers.focalPoint, statusKind, { itemCode: item, visibility: 'all_participants' })
    const comment = await createComment(db, viewers.delegate, {
      itemCode: item,
      body: `A question for @${users.focalPoint.email}`,
      visibility: 'delegation_and_secretariat',
      parentId: null,
    })
    await editComment(db, viewers.delegate, {
      itemCode: item,
      commentId: comment.comment.id,
      body: `Edited, for @${users.focalPoint.email}`,
      baseVersion: 1,
    })

    const queue = await getReviewQueue(db, viewers.secretariat, { kind: 'position' })
    const { inputId, version } = queue.entries[0]!
    await decideReview(db, viewers.secretariat, { kind: 'position', inputId, version, state: 'reviewed' })
    const { clarificationId } = await requestClarification(db, viewers.secretariat, {
      kind: 'position',
      inputId,
      version,
      question: 'Which law?',
    })
    await replyToClarification(db, viewers.delegate, { clarificationId, body: 'The 2016 act.' })
    await addReviewerNote(db, viewers.secretariat, { kind: 'position', inputId, body: 'Check against paragraph 16.' })

    await submitSubmission(db, viewers.focalPoint)
    await createInvitation(
      db,
      viewers.focalPoint,
      { email: `invited.${randomSuffix()}@example.org`, name: 'Invited Delegate', role: 'delegate' },
      { baseUrl: 'http://localhost' },
    )
    await recordSignInAttempt(db, { email: users.delegate.email, ip: '192.0.2.7', succeeded: false })
  })

  afterAll(async () => {
    await dropDatabase(restoredUrl)
    rmSync(folder, { recursive: true, force: true })
  })

  it('restores every table row for row into an empty database, at the same migration', async () => {
    const before = await fingerprint(sourceUrl)
    expect(
      Object.entries(before.tables)
        .filter(([, table]) => table.rows === 0)
        .map(([name]) => name),
    ).toEqual([])

    const header = await writeBackup(sourceUrl, file)
    expect(header).toMatchObject({ formatVersion: BACKUP_FORMAT_VERSION, migrations: listMigrationNames().sort() })
    expect(header.tables.map((table) => table.name).sort()).toEqual(Object.keys(before.tables).sort())
    // Parents before children: a submission's files after the submission, a position's history after the position.
    const order = header.tables.map((table) => table.name)
    expect(order.indexOf('Submission')).toBeLessThan(order.indexOf('SubmissionFile'))
    expect(order.indexOf('Position')).toBeLessThan(order.indexOf('PositionHistory'))
    expect(order.indexOf('Delegation')).toBeLessThan(order.indexOf('User'))

    await dropDatabase(restoredUrl)
    await ensureDatabase(restoredUrl)
    const summary = await restoreBackup(restoredUrl, file)
    expect(summary.rows).toBe(Object.values(before.tables).reduce((sum, table) => sum + table.rows, 0))

    const after = await fingerprint(restoredUrl)
    expect(after).toEqual(before)
    const { size } = await stat(file)
    console.log(
      `Backup round trip: ${header.tables.length} tables, ${summary.rows} rows, ${size} bytes; every table identical after restore.`,
    )
  }, 120_000)

  it('is one snapshot while people write: each table holds exactly the rows counted at its start', async () => {
    const target = withDatabase(sourceUrl, `${describeDatabaseUrl(sourceUrl).database}_during`)
    const during = path.join(folder, 'during-writes.gz')
    let isWriting = true
    let writes = 0
    const writer = (async () => {
      while (isWriting) {
        await recordSignInAttempt(db, { email: `writer.${writes}@example.org`, ip: '192.0.2.9', succeeded: true })
        writes += 1
      }
    })()
    try {
      // Counts are taken first and every COPY comes later: rows written in between would not match them.
      const header = await writeBackup(sourceUrl, during)
      isWriting = false
      await writer
      expect(writes).toBeGreaterThan(0)
      await ensureDatabase(target)
      const summary = await restoreBackup(target, during)
      expect(summary.rows).toBe(header.tables.reduce((sum, table) => sum + table.rows, 0))
      const attempts = header.tables.find((table) => table.name === 'SignInAttempt')!
      expect((await fingerprint(target)).tables.SignInAttempt!.rows).toBe(attempts.rows)
    } finally {
      isWriting = false
      await writer
      await dropDatabase(target)
    }
  }, 120_000)

  it('restores as a database owner who is not a superuser, with the triggers left on', async () => {
    const role = `gfmd_restorer_${randomSuffix()}`
    const password = randomSuffix(16)
    const target = withDatabase(sourceUrl, `${describeDatabaseUrl(sourceUrl).database}_owned`)
    const admin = new pg.Client({ connectionString: sourceUrl })
    await admin.connect()
    try {
      await admin.query(`CREATE ROLE ${pg.escapeIdentifier(role)} LOGIN PASSWORD '${password}'`)
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(describeDatabaseUrl(target).database)} OWNER ${pg.escapeIdentifier(role)}`)
      const asOwner = new URL(target)
      asOwner.username = role
      asOwner.password = password
      const summary = await restoreBackup(asOwner.toString(), file)
      expect(summary.triggersOff).toBe(false)
      expect((await fingerprint(target)).tables).toEqual((await fingerprint(restoredUrl)).tables)
    } finally {
      await dropDatabase(target)
      await admin.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(role)}`)
      await admin.end()
    }
  }, 120_000)

  it('refuses a database that has rows, and leaves it as it was', async () => {
    const before = await fingerprint(restoredUrl)
    await expect(restoreBackup(restoredUrl, file)).rejects.toThrow(/is not empty \(the table "\w+" has rows\)/)
    expect(await fingerprint(restoredUrl)).toEqual(before)
  })

  it('refuses a newer format, a file that is not a backup, and a truncated one, loading nothing', async () => {
    const target = withDatabase(sourceUrl, `${describeDatabaseUrl(sourceUrl).database}_refused`)
    const lines = gunzipSync(await readFile(file)).toString('utf8')
    const newer = path.join(folder, 'newer.gz')
    writeFileSync(
      newer,
      gzipSync(lines.replace(`"formatVersion":${BACKUP_FORMAT_VERSION}`, `"formatVersion":${BACKUP_FORMAT_VERSION + 1}`)),
    )
    const notBackup = path.join(folder, 'not-a-backup.gz')
    writeFileSync(notBackup, 'SELECT 1;\n')
    const truncated = path.join(folder, 'truncated.gz')
    const whole = await readFile(file)
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)))
    try {
      await ensureDatabase(target)
      await expect(restoreBackup(target, newer)).rejects.toThrow(
        `is in backup format ${BACKUP_FORMAT_VERSION + 1}; this version of the app reads format ${BACKUP_FORMAT_VERSION}`,
      )
      await expect(restoreBackup(target, notBackup)).rejects.toThrow('is not a backup written by `npm run db:backup`')
      await expect(restoreBackup(target, truncated)).rejects.toThrow(/is damaged or incomplete/)
      // The truncated file got as far as the schema: the database holds no row, so a good file may follow.
      const fresh = await fingerprint(target)
      expect(Object.entries(fresh.tables).filter(([name, table]) => name !== '_prisma_migrations' && table.rows > 0)).toEqual([])
      await restoreBackup(target, file)
      expect((await fingerprint(target)).tables).toEqual((await fingerprint(restoredUrl)).tables)
    } finally {
      await dropDatabase(target)
    }
  }, 120_000)
})
