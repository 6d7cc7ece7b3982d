/**
 * What the tracker's bulk actions take: the lib functions' inputs and the
 * forms that feed them. No 'server-only': the limit is also read by the page.
 *
 * The forms send the selection as one field of item codes, and for each item
 * the version the page showed (`version-<code>` for the position,
 * `status-version-<code>` for the status), so that nobody changes or shares
 * a draft they have not seen.
 */
import { z } from 'zod'

import { ImplementationState } from '@/lib/generated/prisma/enums'
import { itemCodeSchema } from '@/lib/catalogue/item-code'

/** A bulk action changes at most this many items at once: one request, one transaction per item, kept short. */
export const MAX_BULK_ITEMS = 200

const pageVersionSchema = z
  .number({ error: 'Reload the page and try again.' })
  .int('Reload the page and try again.')
  .positive('Reload the page and try again.')
  .nullable()

const bulkItemsSchema = <Item extends z.ZodType>(item: Item) =>
  z.array(item).min(1, 'Select at least one item.').max(MAX_BULK_ITEMS, `Select at most ${MAX_BULK_ITEMS} items at once.`)

export const bulkStatusSchema = z.object({
  items: bulkItemsSchema(z.object({ itemCode: itemCodeSchema, baseVersion: pageVersionSchema })),
  state: z.enum(ImplementationState, { error: 'Choose a state.' }),
})
export type BulkStatusInput = z.infer<typeof bulkStatusSchema>

/** Sharing in bulk reaches beyond the delegation; withdrawing a share stays a decision taken item by item. */
export const bulkShareVisibilities = ['delegation_and_secretariat', 'all_participants'] as const

export const bulkShareSchema = z.object({
  items: bulkItemsSchema(z.object({ itemCode: itemCodeSchema, version: pageVersionSchema })),
  visibility: z.enum(bulkShareVisibilities, { error: 'Choose with whom to share the drafts.' }),
})
export type BulkShareInput = z.infer<typeof bulkShareSchema>

/** A version field as the page wrote it: '' or missing when the item had no draft. */
function pageVersion(value: unknown): number | null {
  if (typeof value !== 'string' || value === '') return null
  const version = Number(value)
  return Number.isInteger(version) && version > 0 ? version : Number.NaN
}

const selectionField = z
  .string({ error: 'Select at least one item.' })
  .transform((text) => text.split(/[\s,]+/).filter((code) => code !== ''))

/** The form's fields, turned into the lib's input; unknown fields (Next's own) are ignored. */
function withVersions<Shape extends z.ZodRawShape, Result>(
  shape: Shape,
  prefix: string,
  build: (fields: z.infer<z.ZodObject<Shape>>, items: { itemCode: string; version: number | null }[]) => Result,
) {
  return z.looseObject({ items: selectionField, ...shape }).transform((form) => {
    const codes = [...new Set(form.items as string[])]
    const items = codes.map((itemCode) => ({ itemCode, version: pageVersion(form[`${prefix}${itemCode}`]) }))
    return build(form as z.infer<z.ZodObject<Shape>>, items)
  })
}

export const bulkStatusFormSchema = withVersions({ state: z.unknown() }, 'status-version-', (form, items) => ({
  state: form.state,
  items: items.map(({ itemCode, version }) => ({ itemCode, baseVersion: version })),
})).pipe(bulkStatusSchema)

export const bulkShareFormSchema = withVersions({ visibility: z.unknown() }, 'version-', (form, items) => ({
  visibility: form.visibility,
  items,
})).pipe(bulkShareSchema)
