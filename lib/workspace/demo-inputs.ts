/**
 * A few inputs by the demo delegations, so that someone trying the local
 * default finds a review queue, a wording matrix and dashboards with
 * something in them. Written through the same draft → share cycle as the
 * pages (history included), by the demo focal points, and only where the
 * delegation has no draft on the item yet, so re-seeding never overwrites
 * what the person changed. Never seeded by a production start.
 */
import 'server-only'

import { loadViewer } from '@/lib/auth/viewer'
import { createComment } from '@/lib/comments/comments'
import type { Db } from '@/lib/db'
import type { DraftKind } from '@/lib/drafts/draft-kind'
import { getOwnDraft, saveDraft, shareDraft } from '@/lib/drafts/drafts'
import type { Visibility } from '@/lib/generated/prisma/enums'
import { positionKind } from '@/lib/positions/position-kind'
import type { PositionContent } from '@/lib/positions/position-schemas'
import { statusKind } from '@/lib/statuses/status-kind'
import type { StatusContent } from '@/lib/statuses/status-schemas'

type DemoInput<Content> = { email: string; itemCode: string; kind: DraftKind<Content>; content: Content; visibility: Visibility }

const inclusion = 'Foster the inclusion of migrants and their contribution to sustainable development;'

const positions: DemoInput<PositionContent>[] = [
  {
    email: 'focal.de@demo.gfmd.test',
    itemCode: 'E-16.05',
    kind: positionKind,
    content: {
      stance: 'support_with_amendments',
      rationale: 'Germany supports the element and asks that the Compact tie inclusion to the 2030 Agenda.',
      proposedWording: inclusion,
    },
    visibility: 'all_participants',
  },
  {
    email: 'focal.mx@demo.gfmd.test',
    itemCode: 'E-16.05',
    kind: positionKind,
    content: {
      stance: 'support_with_amendments',
      rationale: 'Mexico agrees: the contribution of migrants is to sustainable development.',
      // The same words as Germany's but for case and punctuation: one group in the wording matrix.
      proposedWording: 'Foster the inclusion of migrants, and their contribution to sustainable development.',
    },
    visibility: 'all_participants',
  },
  {
    email: 'focal.ma@demo.gfmd.test',
    itemCode: 'E-16.05',
    kind: positionKind,
    content: {
      stance: 'support_with_amendments',
      rationale: 'Morocco would name the countries of origin, transit and destination.',
      proposedWording:
        'Foster the inclusion of migrants and their contribution to development in countries of origin, transit and destination;',
    },
    visibility: 'delegation_and_secretariat',
  },
  {
    email: 'focal.de@demo.gfmd.test',
    itemCode: 'E-16.01',
    kind: positionKind,
    content: { stance: 'concerns', rationale: 'Root causes need a development lens, not only a migration one.', proposedWording: null },
    visibility: 'delegation_and_secretariat',
  },
  {
    email: 'focal.mx@demo.gfmd.test',
    itemCode: 'E-13.02',
    kind: positionKind,
    content: {
      stance: 'support',
      rationale: 'Human rights regardless of status are the core of the Compact for Mexico.',
      proposedWording: null,
    },
    visibility: 'all_participants',
  },
]

const statuses: DemoInput<StatusContent>[] = [
  {
    email: 'focal.de@demo.gfmd.test',
    itemCode: 'E-16.05',
    kind: statusKind,
    content: {
      state: 'in_progress',
      evidence: 'Integration courses opened to asylum seekers with good prospects of staying.',
      links: ['https://www.bamf.de/'],
      asOf: '2017-10-01',
    },
    visibility: 'delegation_and_secretariat',
  },
  {
    email: 'focal.ma@demo.gfmd.test',
    itemCode: 'E-13.02',
    kind: statusKind,
    content: {
      state: 'implemented',
      evidence: 'National strategy on immigration and asylum, adopted in 2014.',
      links: [],
      asOf: '2017-09-15',
    },
    visibility: 'all_participants',
  },
]

async function viewerOf(db: Db, email: string) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, sessionVersion: true, deactivatedAt: true } })
  return user && !user.deactivatedAt ? loadViewer(db, user.id, user.sessionVersion) : null
}

async function seedInput<Content>(db: Db, input: DemoInput<Content>): Promise<boolean> {
  const viewer = await viewerOf(db, input.email)
  if (!viewer || (await getOwnDraft(db, viewer, input.kind, input.itemCode))) return false
  await saveDraft(db, viewer, input.kind, { ...input.content, itemCode: input.itemCode, baseVersion: null })
  await shareDraft(db, viewer, input.kind, { itemCode: input.itemCode, visibility: input.visibility })
  return true
}

/** Seeds the demo delegations' inputs that are missing; returns how many it wrote. */
export async function seedDemoInputs(db: Db): Promise<number> {
  let written = 0
  for (const input of positions) if (await seedInput(db, input)) written += 1
  for (const input of statuses) if (await seedInput(db, input)) written += 1
  const delegate = await viewerOf(db, 'delegate.de@demo.gfmd.test')
  const item = await db.item.findUnique({ where: { code: 'E-16.05' }, select: { id: true } })
  if (delegate && item && (await db.comment.count({ where: { itemId: item.id, authorId: delegate.userId } })) === 0) {
    await createComment(db, delegate, {
      itemCode: 'E-16.05',
      body: 'Could the secretariat confirm whether the 2030 Agenda reference is in the zero draft?',
      visibility: 'delegation_and_secretariat',
      parentId: null,
    })
    written += 1
  }
  return written
}
