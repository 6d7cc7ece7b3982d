import { describe, expect, it } from 'vitest'

import { hasFilters } from '@/lib/search-params'

import { catalogueFiltersQuery, parseCatalogueFilters } from './catalogue-filters'

describe('catalogue filters', () => {
  it('reads every filter from the search parameters', () => {
    expect(parseCatalogueFilters({ q: ' remittance ', cluster: '4', kind: 'gfmd-recommendation', actor: 'ifad', paragraph: '20' })).toEqual(
      {
        q: 'remittance',
        cluster: 4,
        kind: 'gfmd-recommendation',
        actor: 'ifad',
        paragraph: 20,
      },
    )
  })

  it('drops malformed values instead of failing', () => {
    expect(parseCatalogueFilters({ cluster: '9', kind: 'opinion', actor: '<script>', paragraph: 'x', q: '' })).toEqual({})
    expect(hasFilters(parseCatalogueFilters(new URLSearchParams('cluster=7')))).toBe(false)
  })

  it('writes them back into a shareable query string that reads the same', () => {
    const filters = { q: 'legal channels', cluster: 6, paragraph: 16 }
    const query = catalogueFiltersQuery(filters)
    expect(query).toBe('?q=legal+channels&cluster=6&paragraph=16')
    expect(parseCatalogueFilters(new URLSearchParams(query))).toEqual(filters)
    expect(catalogueFiltersQuery({})).toBe('')
  })
})
