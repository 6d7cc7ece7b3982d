/**
 * A kind of delegation input (a position, an implementation status) as the
 * draft → share → history cycle in ./drafts.ts sees it. Every kind keeps its
 * own typed tables (dashboards need their typed columns); the descriptor says
 * which they are and how the kind's content is read and written. A new kind
 * of input costs a descriptor, its tables and a form, not a copy of the cycle.
 */
import type { Prisma } from '@/lib/generated/prisma/client'

/** A model's client property: `position` for the model `Position`. */
type ModelProperty = Uncapitalize<Prisma.ModelName>

export type DraftKind<Content> = {
  /** Inside a sentence: "Save a position", "this implementation status". */
  noun: string
  /** The draft table, a row per item and delegation; also the name the row lock uses in SQL. */
  draftModel: Prisma.ModelName
  shareModel: ModelProperty
  historyModel: ModelProperty
  /** The relation from a share or a history entry to its draft (`position`), and its key (`positionId`). */
  parent: string
  parentKey: string
  /** The content's columns, the same in the draft and in the share tables. */
  columns: readonly string[]
  /** Content from a row's columns (a `@db.Date` becomes the day it names). */
  fromRow: (row: Record<string, unknown>) => Content
  /** Content as the columns to write. */
  toRow: (content: Content) => Record<string, unknown>
  /** Content as the history stores it, in JSON: checked when read back. */
  fromHistory: (json: unknown) => Content
}

/** The property of a Prisma model on the client: `Position` → `position`. */
export function modelProperty(model: Prisma.ModelName): ModelProperty {
  return `${model.charAt(0).toLowerCase()}${model.slice(1)}` as ModelProperty
}

/** "a position", "an implementation status". */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`
}
