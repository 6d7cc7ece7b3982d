import { describe, expect, it } from 'vitest'

import { describeFilters, describeNoMatch, describeResultCount } from './describe-filters'

const facets = {
  clusters: [{ number: 6, title: 'Irregular migration and regular pathways, including decent work, labour mobility', count: 12 }],
  actors: [{ key: 'wu-hongbo', name: 'Wu Hongbo', kind: 'person' as const, count: 3 }],
}

describe('the catalogue filters in words', () => {
  it('names each active filter for its chip, with the cluster’s theme and the speaker’s name', () => {
    expect(describeFilters({ q: 'legal', cluster: 6, kind: 'gcm-element', actor: 'wu-hongbo', paragraph: 16 }, facets)).toEqual([
      { key: 'q', label: 'Search: “legal”' },
      { key: 'cluster', label: 'Cluster 6: Irregular migration and regular pathways' },
      { key: 'kind', label: 'Kind: GCM element' },
      { key: 'actor', label: 'Said by: Wu Hongbo' },
      { key: 'paragraph', label: 'Para 16' },
    ])
  })

  it('says what matched nothing', () => {
    expect(describeNoMatch({ q: 'zzzz', cluster: 6, actor: 'wu-hongbo' }, facets)).toBe(
      'No item matches “zzzz” in Cluster 6, said by Wu Hongbo.',
    )
    expect(describeNoMatch({ kind: 'compact-format', paragraph: 3 }, facets)).toBe('No item is of the kind “Compact format”, from para 3.')
    // An actor the facets do not list is named by its key.
    expect(describeNoMatch({ actor: 'someone-else' }, facets)).toBe('No item is said by someone-else.')
  })

  it('counts the results, out of the whole catalogue while filtered', () => {
    expect(describeResultCount(75, 75, false)).toBe('75 items')
    expect(describeResultCount(1, 75, true)).toBe('1 of 75 items')
    expect(describeResultCount(1, 1, false)).toBe('1 item')
  })
})
