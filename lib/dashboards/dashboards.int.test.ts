/**
 * The dashboards' figures obey the visibility rule. What a Mexico delegate
 * should see is computed here straight from the tables, in SQL written for
 * this test (current shares beyond the delegation: everyone's at "all
 * participants", Mexico's own also at "delegation and secretariat"), and
 * compared with what the lib function and the API answer that delegate. A
 * Germany draft and a Germany secretariat-only share then change nothing for
 * Mexico, while the secretariat's figures take the share in.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'

import type { Viewer } from '@/lib/auth/viewer'
import { saveDraft, shareDraft } from '@/lib/drafts/drafts'
import type { ImplementationState, Stance, Visibility } from '@/lib/generated/prisma/enums'
import { positionKind } from '@/lib/positions/position-kind'
import { statusKind } from '@/lib/statuses/status-kind'
import type { Db } from '@/lib/db'
import { useTestDb } from '@/lib/testing/db'
import { createCast, type Cast } from '@/lib/testing/factories'

import type { CoverageView } from './coverage'
import { getDashboards, type Dashboards } from './dashboards'
import { getStocktakingDate, seedStocktaking, setStocktakingDate } from './stocktaking'

// The API route asks the session for its viewer: here, whoever the test names.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }))
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.viewer ? { viewer: session.viewer } : null) }))

const { GET } = await import('@/app/api/v1/dashboards/route')

// Set when the suite starts (a hook-named helper belongs inside describe).
let db: Db

// Items no other integration test shares on.
const ITEM = {
  mexicoPublic: 'E-16.04',
  mexicoSecretariat: 'E-16.06',
  germanyPublic: 'E-16.08',
  germanyDraft: 'E-16.09',
  germanySecretariat: 'E-16.11',
}

const WEOG = 'western-european-and-others-group'

let cast: Cast
let mexico: Viewer
let secretariat: Viewer

async function share(
  focalPoint: Viewer,
  itemCode: string,
  visibility: Visibility,
  position: { stance: Stance } | null,
  status: { state: ImplementationState } | null,
) {
  if (position) {
    await saveDraft(db, focalPoint, positionKind, {
      itemCode,
      ...position,
      rationale: `${itemCode} rationale`,
      proposedWording: null,
      baseVersion: null,
    })
    await shareDraft(db, focalPoint, positionKind, { itemCode, visibility })
  }
  if (status) {
    await saveDraft(db, focalPoint, statusKind, { itemCode, ...status, evidence: 'Evidence', links: [], asOf: null, baseVersion: null })
    await shareDraft(db, focalPoint, statusKind, { itemCode, visibility })
  }
}

// --- The figures, written out from the tables ------------------------------------------------------

type Figures = {
  coverageByItemAndGroup: Record<string, number>
  coverageByClusterAndGroup: Record<string, number>
  weogDelegationsByItem: Record<string, number>
  stancesByItem: Record<string, number>
  statesByCluster: Record<string, number>
  statesByObjective: Record<string, number>
}

/** The share rows Mexico may count, as SQL of this test's own. */
function mexicoShares(table: 'PositionShare' | 'ImplementationStatusShare') {
  const [draft, key] = table === 'PositionShare' ? ['Position', 'positionId'] : ['ImplementationStatus', 'statusId']
  const extra = table === 'PositionShare' ? `AND s.stance <> 'no-position'` : ''
  return `
    FROM "${table}" s
    JOIN "${draft}" d ON d.id = s."${key}"
    JOIN "Item" i ON i.id = d."itemId" AND i."retiredAt" IS NULL
    JOIN "Delegation" g ON g.id = d."delegationId"
    WHERE s."isCurrent" ${extra}
      AND (s.visibility = 'all-participants' OR (g.code = 'MEX' AND s.visibility = 'delegation-and-secretariat'))`
}

const groupLabel = `CASE WHEN g.kind = 'observer' THEN 'Observers' ELSE coalesce(g."regionalGroup", 'Member states outside the regional groups') END`

async function countsOf(sql: string): Promise<Record<string, number>> {
  const rows = await db.$queryRawUnsafe<{ key: string; count: bigint }[]>(sql)
  return Object.fromEntries(rows.map((row) => [row.key, Number(row.count)]))
}

async function expectedMexicoFigures(): Promise<Figures> {
  const positions = mexicoShares('PositionShare')
  const statuses = mexicoShares('ImplementationStatusShare')
  return {
    coverageByItemAndGroup: await countsOf(`SELECT i.code || ' × ' || ${groupLabel} AS key, count(*) ${positions} GROUP BY 1`),
    coverageByClusterAndGroup: await countsOf(
      `SELECT 'Cluster ' || c."clusterNumber" || ' × ' || ${groupLabel} AS key, count(*) ${positions.replace('WHERE', `JOIN "ItemCluster" c ON c."itemId" = i.id WHERE`)} GROUP BY 1`,
    ),
    weogDelegationsByItem: await countsOf(
      `SELECT i.code || ' × ' || g.code AS key, count(*) ${positions} AND g."regionalGroup" = 'Western European and Others Group' AND g.kind = 'member-state' GROUP BY 1`,
    ),
    stancesByItem: await countsOf(`SELECT i.code || ' × ' || replace(s.stance::text, '-', '_') AS key, count(*) ${positions} GROUP BY 1`),
    statesByCluster: await countsOf(
      `SELECT 'Cluster ' || c."clusterNumber" || ' × ' || replace(s.state::text, '-', '_') AS key, count(*) ${statuses.replace('WHERE', `JOIN "ItemCluster" c ON c."itemId" = i.id WHERE`)} GROUP BY 1`,
    ),
    statesByObjective: await countsOf(
      `SELECT 'Objective ' || o."objectiveNumber" || ' × ' || replace(s.state::text, '-', '_') AS key, count(*) ${statuses.replace('WHERE', `JOIN "ItemObjective" o ON o."itemId" = i.id WHERE`)} GROUP BY 1`,
    ),
  }
}

// --- The same figures, read off the dashboards' answers --------------------------------------------

type Matrix = Pick<Dashboards['coverage'], 'rows' | 'columns'>
type Distribution = { label: string; counts: number[] }[]

function cellsOf(matrix: Matrix, columnName: (column: Matrix['columns'][number]) => string): Record<string, number> {
  return Object.fromEntries(
    matrix.rows.flatMap((row) =>
      row.cells.flatMap((count, index) => {
        const column = matrix.columns[index]
        return count > 0 && column ? [[`${row.label} × ${columnName(column)}`, count]] : []
      }),
    ),
  )
}

function distributionOf(rows: Distribution, categories: readonly string[]): Record<string, number> {
  return Object.fromEntries(
    rows.flatMap((row) => row.counts.flatMap((count, index) => (count > 0 ? [[`${row.label} × ${categories[index]}`, count]] : []))),
  )
}

type Answer = Pick<Dashboards, 'coverage' | 'convergence' | 'implementation'>

function figuresOf(byItem: Answer, byCluster: Answer, weog: Answer): Figures {
  return {
    coverageByItemAndGroup: cellsOf(byItem.coverage, (column) => column.name),
    coverageByClusterAndGroup: cellsOf(byCluster.coverage, (column) => column.name),
    weogDelegationsByItem: cellsOf(weog.coverage, (column) => column.label),
    stancesByItem: distributionOf(
      byItem.convergence.items.map((item) => ({ label: item.code, counts: item.counts })),
      byItem.convergence.stances,
    ),
    statesByCluster: distributionOf(byItem.implementation.clusters, byItem.implementation.states),
    statesByObjective: distributionOf(byItem.implementation.objectives, byItem.implementation.states),
  }
}

const VIEWS = {
  byItem: { rows: 'item', group: null },
  byCluster: { rows: 'cluster', group: null },
  weog: { rows: 'item', group: WEOG },
} satisfies Record<string, CoverageView>

async function libFigures(viewer: Viewer): Promise<Figures> {
  const [byItem, byCluster, weog] = await Promise.all([
    getDashboards(db, viewer, VIEWS.byItem),
    getDashboards(db, viewer, VIEWS.byCluster),
    getDashboards(db, viewer, VIEWS.weog),
  ])
  return figuresOf(byItem, byCluster, weog)
}

async function apiAnswer(viewer: Viewer, query: string): Promise<Answer & { deadline: { ownDelegation: unknown } }> {
  session.viewer = viewer
  const response = await GET(new Request(`https://workspace.test/api/v1/dashboards${query}`))
  session.viewer = null
  expect(response.status).toBe(200)
  expect(response.headers.get('Cache-Control')).toBe('private, no-store')
  return response.json()
}

async function apiFigures(viewer: Viewer): Promise<Figures> {
  const [byItem, byCluster, weog] = await Promise.all([
    apiAnswer(viewer, ''),
    apiAnswer(viewer, '?rows=cluster'),
    apiAnswer(viewer, `?group=${WEOG}`),
  ])
  return figuresOf(byItem, byCluster, weog)
}

describe('dashboards', () => {
  db = useTestDb()

  describe('dashboards under the visibility rule', () => {
    beforeAll(async () => {
      cast = await createCast(db, { delegations: ['MEX', 'DEU'] })
      mexico = cast.viewers.delegate
      secretariat = cast.viewers.secretariat
      await share(cast.viewers.focalPoint, ITEM.mexicoPublic, 'all_participants', { stance: 'support' }, { state: 'in_progress' })
      await share(
        cast.viewers.focalPoint,
        ITEM.mexicoSecretariat,
        'delegation_and_secretariat',
        { stance: 'concerns' },
        { state: 'planned' },
      )
      await share(cast.viewers.otherFocalPoint, ITEM.germanyPublic, 'all_participants', { stance: 'oppose' }, { state: 'implemented' })
    })

    it('gives a Mexico delegate, in the lib and the API, exactly the figures the tables give under the rule', async () => {
      const expected = await expectedMexicoFigures()
      // The test's own shares are in: the figures are not vacuously equal.
      expect(expected.stancesByItem).toMatchObject({
        [`${ITEM.mexicoPublic} × support`]: 1,
        [`${ITEM.mexicoSecretariat} × concerns`]: 1,
        [`${ITEM.germanyPublic} × oppose`]: 1,
      })
      expect(expected.weogDelegationsByItem[`${ITEM.germanyPublic} × DEU`]).toBe(1)
      expect(await libFigures(mexico)).toEqual(expected)
      expect(await apiFigures(mexico)).toEqual(expected)
      expect((await apiAnswer(mexico, '')).deadline.ownDelegation).toEqual({ name: 'Mexico', hasShared: true })
    })

    it('changes nothing for Mexico when Germany drafts and shares with the secretariat only, and the secretariat sees the share', async () => {
      const mexicoBefore = await libFigures(mexico)
      const secretariatBefore = await libFigures(secretariat)
      const silentBefore = (await getDashboards(db, mexico, VIEWS.byItem)).deadline

      const germany = cast.viewers.otherFocalPoint
      await saveDraft(db, germany, positionKind, {
        itemCode: ITEM.germanyDraft,
        stance: 'oppose',
        rationale: 'Germany unshared draft',
        proposedWording: null,
        baseVersion: null,
      })
      await share(germany, ITEM.germanySecretariat, 'delegation_and_secretariat', { stance: 'neutral' }, { state: 'not_applicable' })

      expect(await libFigures(mexico)).toEqual(mexicoBefore)
      expect(await apiFigures(mexico)).toEqual(mexicoBefore)
      expect(await expectedMexicoFigures()).toEqual(mexicoBefore)
      expect((await getDashboards(db, mexico, VIEWS.byItem)).deadline).toEqual(silentBefore)

      const secretariatAfter = await libFigures(secretariat)
      expect(secretariatAfter).not.toEqual(secretariatBefore)
      expect(secretariatAfter.stancesByItem[`${ITEM.germanySecretariat} × neutral`]).toBe(
        (secretariatBefore.stancesByItem[`${ITEM.germanySecretariat} × neutral`] ?? 0) + 1,
      )
      expect(secretariatAfter.weogDelegationsByItem[`${ITEM.germanySecretariat} × DEU`]).toBe(1)
      expect(secretariatAfter.coverageByItemAndGroup[`${ITEM.germanySecretariat} × Western European and Others Group`]).toBe(
        (secretariatBefore.coverageByItemAndGroup[`${ITEM.germanySecretariat} × Western European and Others Group`] ?? 0) + 1,
      )
      // Germany's draft counts for nobody, the secretariat included.
      expect(secretariatAfter.stancesByItem[`${ITEM.germanyDraft} × oppose`]).toBe(
        secretariatBefore.stancesByItem[`${ITEM.germanyDraft} × oppose`],
      )
      const notApplicable = (figures: Figures) =>
        Object.entries(figures.statesByObjective).reduce((sum, [key, count]) => (key.endsWith('× not_applicable') ? sum + count : sum), 0)
      const objectivesOfItem = await db.itemObjective.count({ where: { item: { code: ITEM.germanySecretariat } } })
      expect(notApplicable(secretariatAfter)).toBe(notApplicable(secretariatBefore) + objectivesOfItem)
    })

    it('lists the delegations with nothing shared for the secretariat, and tells a delegation only about itself', async () => {
      const forSecretariat = (await getDashboards(db, secretariat, VIEWS.byItem)).deadline
      const silentCodes = forSecretariat.silentDelegations?.map((delegation) => delegation.code) ?? []
      expect(silentCodes).not.toContain('MEX')
      expect(silentCodes).not.toContain('DEU')
      expect(silentCodes).toContain('MAR')
      expect(silentCodes).not.toContain('GFMD')
      const silentInDb = await db.delegation.count({
        where: {
          kind: { not: 'secretariat' },
          positions: { none: { shares: { some: { isCurrent: true, visibility: { not: 'delegation' }, stance: { not: 'no_position' } } } } },
          statuses: { none: { shares: { some: { isCurrent: true, visibility: { not: 'delegation' } } } } },
        },
      })
      expect(silentCodes).toHaveLength(silentInDb)

      const forMexico = (await getDashboards(db, mexico, VIEWS.byItem)).deadline
      expect(forMexico.silentDelegations).toBeNull()
      expect(forMexico.ownDelegation).toEqual({ name: 'Mexico', hasShared: true })
    })
  })

  describe('the stocktaking date', () => {
    it('is seeded from the report once, and an administrator’s date survives the next seed', async () => {
      await seedStocktaking(db)
      const seeded = await getStocktakingDate(db)
      expect(seeded?.toISOString().slice(0, 10)).toBe('2017-12-04')

      const administrator = (await createCast(db)).viewers
      await setStocktakingDate(db, administrator.administrator, '2017-12-05')
      await seedStocktaking(db)
      expect((await getStocktakingDate(db))?.toISOString().slice(0, 10)).toBe('2017-12-05')
      await setStocktakingDate(db, administrator.administrator, '2017-12-04')
      expect((await getStocktakingDate(db))?.toISOString().slice(0, 10)).toBe('2017-12-04')

      await expect(setStocktakingDate(db, administrator.secretariat, '2018-01-01')).rejects.toMatchObject({ code: 'forbidden' })
      await expect(setStocktakingDate(db, administrator.administrator, '4 December')).rejects.toThrow()
    })

    it('answers a countdown that says the date has passed', async () => {
      const { deadline } = await getDashboards(db, secretariat, VIEWS.byItem, new Date('2026-12-01T12:00:00Z'))
      expect(deadline.countdown?.hasPassed).toBe(true)
      expect(deadline.countdown?.text).toBe('The stocktaking date, 4 December 2017, has passed: it was 3,284 days ago.')
    })
  })
})
