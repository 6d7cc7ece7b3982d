/** The catalogue's filters in words, for the chips that remove them and the empty state. */
import { shortClusterTitle } from './catalogue-data'
import type { CatalogueFilterKey, CatalogueFilters } from './catalogue-filters'
import { itemKindLabels } from './item-kind'
import type { CatalogueFacets } from './queries'

type Facets = Pick<CatalogueFacets, 'clusters' | 'actors'>

function actorName(actor: string, facets: Facets): string {
  return facets.actors.find((candidate) => candidate.key === actor)?.name ?? actor
}

/** "Cluster 4: Contributions of migrants…", "Said by: Wu Hongbo": what each active filter is called on its chip. */
export function describeFilters(filters: CatalogueFilters, facets: Facets): { key: CatalogueFilterKey; label: string }[] {
  const described: { key: CatalogueFilterKey; label: string }[] = []
  if (filters.q !== undefined) described.push({ key: 'q', label: `Search: “${filters.q}”` })
  if (filters.cluster !== undefined) {
    const cluster = facets.clusters.find((candidate) => candidate.number === filters.cluster)
    const theme = cluster ? `: ${shortClusterTitle(cluster.title)}` : ''
    described.push({ key: 'cluster', label: `Cluster ${filters.cluster}${theme}` })
  }
  if (filters.kind !== undefined) described.push({ key: 'kind', label: `Kind: ${itemKindLabels[filters.kind]}` })
  if (filters.actor !== undefined) described.push({ key: 'actor', label: `Said by: ${actorName(filters.actor, facets)}` })
  if (filters.paragraph !== undefined) described.push({ key: 'paragraph', label: `Para ${filters.paragraph}` })
  return described
}

/** "No item matches “zzzz” in Cluster 6, said by Wu Hongbo." */
export function describeNoMatch(filters: CatalogueFilters, facets: Facets): string {
  const conditions: string[] = []
  if (filters.cluster !== undefined) conditions.push(`in Cluster ${filters.cluster}`)
  if (filters.kind !== undefined) conditions.push(`of the kind “${itemKindLabels[filters.kind]}”`)
  if (filters.actor !== undefined) conditions.push(`said by ${actorName(filters.actor, facets)}`)
  if (filters.paragraph !== undefined) conditions.push(`from para ${filters.paragraph}`)
  const subject = filters.q !== undefined ? `No item matches “${filters.q}”` : 'No item is'
  return `${[subject, conditions.join(', ')].filter(Boolean).join(' ')}.`
}

/** "75 items", or "12 of 75 items" while filters are on. */
export function describeResultCount(shown: number, total: number, isFiltered: boolean): string {
  const totalLabel = `${total} ${total === 1 ? 'item' : 'items'}`
  return isFiltered ? `${shown} of ${totalLabel}` : totalLabel
}
