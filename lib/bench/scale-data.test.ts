import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { generateComments, generateDraftBundles, type ScaleCatalogue, type ScaleVolumes } from './scale-data'

const catalogue: ScaleCatalogue = {
  items: Array.from({ length: 6 }, (_, index) => ({
    id: `item${index}`,
    text: `Enhance capacity for managing migration in countries ${index};`,
  })),
  delegations: Array.from({ length: 10 }, (_, index) => ({
    id: `del${index}`,
    userIds: [0, 1, 2, 3, 4].map((user) => `u${index}.${user}`),
  })),
  secretariat: { id: 'gfmd', reviewerIds: ['r0', 'r1'] },
}
const volumes: ScaleVolumes = { inputShare: 0.8, comments: 400, historyEntries: 900 }

function digest(seed: string): string {
  const hash = createHash('sha256')
  for (const bundle of generateDraftBundles(seed, catalogue, volumes)) hash.update(JSON.stringify(bundle))
  for (const comment of generateComments(seed, catalogue, volumes)) hash.update(JSON.stringify(comment))
  return hash.digest('hex')
}

describe('scale data', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(digest('one')).toBe(digest('one'))
    expect(digest('two')).not.toBe(digest('one'))
  })

  it('has the volumes asked for, in rows the draft cycle would write', () => {
    const bundles = [...generateDraftBundles('one', catalogue, volumes)]
    // 80% of 10 delegations on each of 6 items, for positions and statuses.
    expect(bundles.filter((bundle) => bundle.kind === 'position')).toHaveLength(48)
    expect(bundles.filter((bundle) => bundle.kind === 'status')).toHaveLength(48)
    expect(bundles.reduce((sum, bundle) => sum + bundle.history.length, 0)).toBe(900)
    for (const { draft, shares, history } of bundles) {
      const saves = history.filter((entry) => entry.action === 'saved')
      expect(draft.version).toBe(saves.length)
      expect(saves[0]!.before).toBeNull()
      expect(history.filter((entry) => entry.action === 'shared')).toHaveLength(shares.length)
      expect(shares.filter((share) => share.isCurrent)).toHaveLength(shares.length > 0 ? 1 : 0)
      if (shares.length > 0) expect(shares.at(-1)!.isCurrent).toBe(true)
    }
    expect([...generateComments('one', catalogue, volumes)]).toHaveLength(400)
  })

  it('never answers a comment more widely than the comment it answers', () => {
    const comments = [...generateComments('one', catalogue, volumes)]
    const byId = new Map(comments.map((comment) => [comment.id, comment]))
    const rank = ['delegation', 'delegation-and-secretariat', 'all-participants']
    const replies = comments.filter((comment) => comment.parentId)
    expect(replies.length).toBeGreaterThan(0)
    for (const reply of replies) {
      const parent = byId.get(reply.parentId as string)!
      expect(rank.indexOf(reply.visibility as string)).toBeLessThanOrEqual(rank.indexOf(parent.visibility as string))
      expect(reply.delegationId).toBe(parent.delegationId)
    }
  })
})
