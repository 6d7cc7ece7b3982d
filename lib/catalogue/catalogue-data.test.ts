import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CatalogueDataError, itemKinds, parseCatalogueData } from './catalogue-data'

type JsonObject = Record<string, unknown>

const catalogueJson: JsonObject = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'prisma/data/catalogue.json'), 'utf8')) as JsonObject

/** A deep copy of catalogue.json whose items are edited by `edit`. */
function withItems(edit: (items: JsonObject[]) => void): JsonObject {
  const copy = structuredClone(catalogueJson)
  edit(copy.items as JsonObject[])
  return copy
}

function issuesOf(json: unknown): string[] {
  try {
    parseCatalogueData(json)
  } catch (error) {
    if (error instanceof CatalogueDataError) return error.issues
    throw error
  }
  return []
}

describe('parseCatalogueData', () => {
  it('accepts the real catalogue.json', () => {
    const catalogue = parseCatalogueData(catalogueJson)
    expect(catalogue.items.length).toBeGreaterThanOrEqual(55)
    expect(new Set(catalogue.items.map((item) => item.kind))).toEqual(new Set(itemKinds))
    expect(catalogue.actors.find((actor) => actor.key === 'wu-hongbo')).toMatchObject({
      name: 'Wu Hongbo',
      kind: 'person',
      organisation: 'undesa',
      aliases: ['Hu Wongbo'],
    })
  })

  it('rejects a duplicate code', () => {
    const json = withItems((items) => {
      items[1] = { ...items[1], code: items[0]?.code }
    })
    expect(issuesOf(json)).toContainEqual(expect.stringMatching(/^items\.1\.code: duplicate item code "P-01\.01"/))
  })

  it('rejects an unknown actor', () => {
    const json = withItems((items) => {
      items[0] = { ...items[0], actors: ['nobody'] }
    })
    expect(issuesOf(json)).toEqual(['items.0.actors.0: unknown actor "nobody"'])
  })

  it('rejects a cluster outside 1–6 and an objective outside 1–23', () => {
    const json = withItems((items) => {
      items[0] = { ...items[0], clusters: [7], objectives: [24] }
    })
    expect(issuesOf(json)).toEqual(['items.0.clusters.0: cluster must be 1–6', 'items.0.objectives.0: objective must be 1–23'])
  })

  it('rejects a code that does not match the kind or the first paragraph', () => {
    const json = withItems((items) => {
      items[0] = { ...items[0], code: 'E-02.01' }
    })
    expect(issuesOf(json)).toEqual([
      'items.0.code: code "E-02.01" must start with "P-" for kind "process-gfmd-role"',
      'items.0.code: code "E-02.01" must carry its first paragraph 01',
    ])
  })

  it('rejects a malformed code, an empty text and a long title, naming each path', () => {
    const json = withItems((items) => {
      items[2] = { ...items[2], code: 'P-1.3', text: ' ', title: 'x'.repeat(81) }
    })
    const error = (() => {
      try {
        parseCatalogueData(json)
      } catch (caught) {
        return caught
      }
      return undefined
    })()
    expect(error).toBeInstanceOf(CatalogueDataError)
    const message = (error as Error).message
    expect(message).toContain('items.2.code')
    expect(message).toContain('items.2.text: must not be empty')
    expect(message).toContain('items.2.title: must be at most 80 characters')
  })

  it('rejects a person linked to an organisation that is not one', () => {
    const json = structuredClone(catalogueJson)
    const actors = json.actors as JsonObject[]
    const wu = actors.find((actor) => actor.key === 'wu-hongbo')
    if (wu) wu.organisation = 'speakers'
    expect(issuesOf(json)).toEqual([
      expect.stringMatching(/^actors\.\d+\.organisation: "speakers" is not the key of an actor of kind "organisation"/),
    ])
  })
})
