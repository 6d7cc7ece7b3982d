/**
 * The shape of prisma/data/catalogue.json: the curated, human-reviewable catalogue
 * of items quoted from a GFMD summary report, with the actors who said them.
 *
 * The schema checks what can be checked without the report (formats, references,
 * unique codes); validate-catalogue.ts checks the quotes against the report itself.
 */
import { z } from 'zod'

export const itemKinds = ['gcm-element', 'gfmd-recommendation', 'compact-format', 'process-gfmd-role'] as const
export type ItemKind = (typeof itemKinds)[number]

/** The code prefix of each item kind: E-16.01, R-21.02, F-15.01, P-17.02. */
export const itemCodePrefixes: Record<ItemKind, string> = {
  'gcm-element': 'E',
  'gfmd-recommendation': 'R',
  'compact-format': 'F',
  'process-gfmd-role': 'P',
}

export const actorKinds = ['person', 'organisation', 'session', 'participants'] as const
export type ActorKind = (typeof actorKinds)[number]

/** The 2017 GCM thematic clusters (prisma/data/clusters.json). */
export const clusterNumbers = { min: 1, max: 6 } as const

/** The report's cluster titles run to a whole sentence; the first clause names the theme. */
export function shortClusterTitle(title: string): string {
  return title.split(',')[0] ?? title
}
/** The objectives of the GCM as adopted in 2018 (prisma/data/objectives.json). */
export const objectiveNumbers = { min: 1, max: 23 } as const

const ITEM_CODE = /^[EFPR]-\d{2}\.\d{2}$/

/** Whether a string has the form of an item code (E-16.03), before it goes near a query. */
export function isItemCode(value: string): boolean {
  return ITEM_CODE.test(value)
}
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

const nonEmptyText = z.string().trim().min(1, 'must not be empty')
const keySchema = z.string().regex(KEY, 'must be a kebab-case key (e.g. "wu-hongbo")')
const paragraphNumbers = z.array(z.int().positive()).min(1, 'must cite at least one paragraph')

function uniqueNumbers(min: number, max: number, label: string) {
  return z
    .array(z.int().min(min, `${label} must be ${min}–${max}`).max(max, `${label} must be ${min}–${max}`))
    .refine((numbers) => new Set(numbers).size === numbers.length, `${label}s must not repeat`)
}

export const catalogueDocumentSchema = z.strictObject({
  title: nonEmptyText,
  date: z.string().regex(ISO_DATE, 'must be a date as YYYY-MM-DD'),
  place: nonEmptyText,
  file: nonEmptyText,
})

export const editorialNoteSchema = z.strictObject({
  key: keySchema,
  paragraphs: paragraphNumbers,
  note: nonEmptyText,
})

export const actorSchema = z.strictObject({
  key: keySchema,
  name: nonEmptyText,
  kind: z.enum(actorKinds),
  role: nonEmptyText.optional(),
  /** Key of the organisation (an actor of kind "organisation") a person speaks for. */
  organisation: keySchema.optional(),
  /** Every other spelling or form of the name that occurs in the report. */
  aliases: z.array(nonEmptyText).default([]),
})

export const catalogueItemSchema = z.strictObject({
  code: z.string().regex(ITEM_CODE, 'must look like E-16.01 (prefix E, R, F or P, paragraph, sequence)'),
  kind: z.enum(itemKinds),
  title: nonEmptyText.max(80, 'must be at most 80 characters'),
  /** The exact words quoted from the cited paragraph(s), without markdown markup. */
  text: nonEmptyText,
  paragraphs: paragraphNumbers,
  actors: z.array(keySchema).min(1, 'must name at least one actor'),
  clusters: uniqueNumbers(clusterNumbers.min, clusterNumbers.max, 'cluster').min(1, 'must have at least one cluster'),
  objectives: uniqueNumbers(objectiveNumbers.min, objectiveNumbers.max, 'objective'),
})

export const catalogueDataSchema = z
  .strictObject({
    document: catalogueDocumentSchema,
    editorialNotes: z.array(editorialNoteSchema),
    actors: z.array(actorSchema),
    items: z.array(catalogueItemSchema),
  })
  .superRefine((catalogue, ctx) => {
    for (const issue of findCrossReferenceIssues(catalogue)) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
    }
  })

export type CatalogueData = z.infer<typeof catalogueDataSchema>
export type ActorData = CatalogueData['actors'][number]
export type CatalogueItemData = CatalogueData['items'][number]

type CrossReferenceIssue = { path: (string | number)[]; message: string }

/** Checks between records: unique keys and codes, codes matching kind and paragraph, known actors. */
function findCrossReferenceIssues(catalogue: Omit<CatalogueData, 'document'>): CrossReferenceIssue[] {
  const issues: CrossReferenceIssue[] = []
  const actorsByKey = new Map<string, ActorData>()

  catalogue.actors.forEach((actor, index) => {
    if (actorsByKey.has(actor.key)) {
      issues.push({ path: ['actors', index, 'key'], message: `duplicate actor key "${actor.key}"` })
    }
    actorsByKey.set(actor.key, actor)
  })
  catalogue.actors.forEach((actor, index) => {
    if (actor.organisation === undefined) return
    const organisation = actorsByKey.get(actor.organisation)
    if (organisation?.kind !== 'organisation') {
      issues.push({
        path: ['actors', index, 'organisation'],
        message: `"${actor.organisation}" is not the key of an actor of kind "organisation"`,
      })
    }
  })

  const seenNoteKeys = new Set<string>()
  catalogue.editorialNotes.forEach((note, index) => {
    if (seenNoteKeys.has(note.key)) {
      issues.push({ path: ['editorialNotes', index, 'key'], message: `duplicate editorial note key "${note.key}"` })
    }
    seenNoteKeys.add(note.key)
  })

  const seenCodes = new Set<string>()
  catalogue.items.forEach((item, index) => {
    if (seenCodes.has(item.code)) {
      issues.push({ path: ['items', index, 'code'], message: `duplicate item code "${item.code}"` })
    }
    seenCodes.add(item.code)
    issues.push(...findItemCodeIssues(item).map((message) => ({ path: ['items', index, 'code'], message })))
    item.actors.forEach((key, actorIndex) => {
      if (!actorsByKey.has(key)) {
        issues.push({ path: ['items', index, 'actors', actorIndex], message: `unknown actor "${key}"` })
      }
    })
  })
  return issues
}

/** A code is E/R/F/P by kind, then the first cited paragraph (two digits), then a sequence. */
function findItemCodeIssues(item: CatalogueItemData): string[] {
  const issues: string[] = []
  const expectedPrefix = itemCodePrefixes[item.kind]
  if (!item.code.startsWith(`${expectedPrefix}-`)) {
    issues.push(`code "${item.code}" must start with "${expectedPrefix}-" for kind "${item.kind}"`)
  }
  const codeParagraph = Number(item.code.slice(2, 4))
  const firstParagraph = item.paragraphs[0]
  if (firstParagraph !== undefined && codeParagraph !== firstParagraph) {
    issues.push(`code "${item.code}" must carry its first paragraph ${String(firstParagraph).padStart(2, '0')}`)
  }
  return issues
}

export class CatalogueDataError extends Error {
  /** One line per problem: "items.3.code: duplicate item code "E-16.01"". */
  readonly issues: string[]

  constructor(issues: string[]) {
    super(
      `Invalid catalogue data (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((issue) => `  - ${issue}`).join('\n')}`,
    )
    this.name = 'CatalogueDataError'
    this.issues = issues
  }
}

/** Parses catalogue.json's content; throws CatalogueDataError listing each bad path. */
export function parseCatalogueData(json: unknown): CatalogueData {
  const result = catalogueDataSchema.safeParse(json)
  if (result.success) return result.data
  throw new CatalogueDataError(result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`))
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.')
}
