/**
 * What the load benchmarks drive: the targets `npm run bench` measures one by
 * one, and the signed-in people they are driven as. `bench:instances` drives
 * the same item page target across two instances.
 */
import type pg from 'pg'

import type { LoadRequest } from './load'

export type Viewers = { delegates: string[]; reviewers: string[] }

export type Target = {
  name: string
  /** p95 budget at the fixed load, ms (issue 11). */
  budgetMs: number | null
  /** Budget for one request on its own, ms: the coverage matrix (issue 9), the consolidated exports (issues 10 and 11). */
  aloneBudgetMs?: number
  /**
   * Measured one request at a time only. An export takes seconds of CPU: 50 of them a second would measure
   * nothing but the queue, and its budget is for one request.
   */
  aloneOnly?: boolean
  /** Requests the load rotates through. */
  prepare: (context: { baseUrl: string; viewers: Viewers; client: pg.Client }) => Promise<() => LoadRequest>
  /** Checks after the run, e.g. that the saves were applied. */
  verify?: (client: pg.Client, responses: number) => Promise<string>
}

export function rotate<T>(items: T[]): () => T {
  let index = 0
  return () => items[index++ % items.length]!
}

export const pageTarget = (
  name: string,
  budgetMs: number | null,
  paths: (client: pg.Client) => Promise<string[]>,
  who: keyof Viewers,
  options: Pick<Target, 'aloneBudgetMs' | 'aloneOnly'> = {},
): Target => ({
  name,
  budgetMs,
  ...options,
  async prepare({ viewers, client }) {
    const nextPath = rotate(await paths(client))
    const nextCookie = rotate(viewers[who])
    return () => ({ path: nextPath(), headers: { cookie: nextCookie() } })
  },
})

export const itemCodes = async (client: pg.Client) =>
  (await client.query<{ code: string }>(`SELECT code FROM "Item" WHERE "retiredAt" IS NULL ORDER BY position`)).rows.map((row) => row.code)

/** A signed-in delegate's page of every item in turn (issue 11's item page target). */
export const itemPageTarget: Target = pageTarget(
  'item page',
  150,
  async (client) => (await itemCodes(client)).map((code) => `/catalogue/${code}`),
  'delegates',
)

/** The first delegate of each of the first `count` member states, as every benchmark signs them in. */
export async function benchDelegateEmails(client: pg.Client, count: number): Promise<string[]> {
  const { rows } = await client.query<{ code: string }>(
    `SELECT d.code FROM "Delegation" d WHERE d.kind = 'member-state' ORDER BY d.code LIMIT ${count}`,
  )
  return rows.map((row) => `delegate1.${row.code.toLowerCase()}@scale.gfmd.test`)
}
