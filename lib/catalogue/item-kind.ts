/**
 * Item kinds are written kebab-case everywhere people see them (data file,
 * URLs, API); Prisma's enum names cannot hold a hyphen, so the client uses
 * snake_case names mapped to the same kebab-case values in the database.
 */
import type { ItemKind as DbItemKind } from '@/lib/generated/prisma/enums'

import type { ItemKind } from './catalogue-data'

export const itemKindLabels: Record<ItemKind, string> = {
  'gcm-element': 'GCM element',
  'gfmd-recommendation': 'GFMD recommendation',
  'compact-format': 'Compact format',
  'process-gfmd-role': 'Process & GFMD role',
}

export function toDbItemKind(kind: ItemKind): DbItemKind {
  return kind.replaceAll('-', '_') as DbItemKind
}

export function fromDbItemKind(kind: DbItemKind): ItemKind {
  return kind.replaceAll('_', '-') as ItemKind
}
