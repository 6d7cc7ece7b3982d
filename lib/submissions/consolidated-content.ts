/**
 * The secretariat's consolidated contribution: per item, the distribution of
 * stances among the delegations that shared a position with the secretariat,
 * who stands behind each, the inputs the secretariat marked as included, the
 * compilation text of the proposed wordings, and coverage figures. It reads
 * every share through the same visibility rule as the pages (the secretariat
 * reads what reached it); reviewer notes are never part of it.
 */
import 'server-only'

import { authorize } from '@/lib/auth/authorize'
import type { Viewer } from '@/lib/auth/viewer'
import { findItems } from '@/lib/catalogue/queries'
import type { Db } from '@/lib/db'
import { formatDateTime } from '@/lib/dates'
import type { Block, ExportDocument, Section } from '@/lib/export/document'
import type { ExportWorkbook } from '@/lib/export/table'
import { stanceLabels, stances } from '@/lib/positions/position-schemas'
import type { Stance } from '@/lib/generated/prisma/enums'
import { compileText } from '@/lib/review/compilation-text'
import { reviewInputKindLabels } from '@/lib/review/review-states'
import { implementationStateLabels } from '@/lib/statuses/status-schemas'
import { visibilitiesSharedWith } from '@/lib/visibility/drafts'

import { STOCKTAKING_MEETING } from './submission-content'

export const CONSOLIDATED_SCHEMA = 'gfmd-gcm-consolidated-contribution'
export const CONSOLIDATED_SCHEMA_VERSION = 1

/** Stances that say something: "no position yet" is not counted. */
const countedStances = stances.filter((stance) => stance !== 'no_position')

export type ConsolidatedItem = {
  code: string
  title: string
  text: string
  paragraphs: number[]
  clusters: number[]
  coverage: { positions: number; implementationStatuses: number; delegations: number }
  stances: { stance: Stance; label: string; count: number; delegations: string[] }[]
  /** The compilation text with its bracketed alternatives; null without a proposed wording. */
  compilationText: string | null
  included: { kind: 'position' | 'implementation-status'; delegation: string; summary: string }[]
}

export type ConsolidatedContent = {
  schema: typeof CONSOLIDATED_SCHEMA
  schemaVersion: typeof CONSOLIDATED_SCHEMA_VERSION
  date: string
  meeting: { name: string; place: string }
  /** Delegations that take part (member states and observers), and how many shared anything with the secretariat. */
  delegations: { participating: number; sharedAnything: number }
  items: ConsolidatedItem[]
}

const shareWhere = (viewer: Viewer) => ({ isCurrent: true, visibility: { in: visibilitiesSharedWith(viewer) } })
const parentSelect = { select: { itemId: true, delegation: { select: { code: true, name: true, kind: true } } } }

export async function buildConsolidatedContent(db: Db, viewer: Viewer, date = new Date()): Promise<ConsolidatedContent> {
  authorize(viewer, 'review.read')
  const [items, itemIds, positions, statuses, participating] = await Promise.all([
    findItems(db),
    db.item.findMany({ where: { retiredAt: null }, select: { id: true, code: true } }),
    db.positionShare.findMany({
      where: { AND: [shareWhere(viewer), { position: { item: { retiredAt: null } } }] },
      select: { stance: true, proposedWording: true, rationale: true, reviewState: true, position: parentSelect },
      orderBy: { position: { delegation: { name: 'asc' } } },
      // Thousands of rows: a query per relation is faster here than a joined JSON object per row.
      relationLoadStrategy: 'query',
    }),
    db.implementationStatusShare.findMany({
      where: { AND: [shareWhere(viewer), { status: { item: { retiredAt: null } } }] },
      select: { state: true, evidence: true, reviewState: true, status: parentSelect },
      orderBy: { status: { delegation: { name: 'asc' } } },
      relationLoadStrategy: 'query',
    }),
    db.delegation.count({ where: { kind: { not: 'secretariat' } } }),
  ])
  const codeOf = new Map(itemIds.map(({ id, code }) => [id, code]))
  const byItem = <Row>(rows: Row[], itemId: (row: Row) => string) => {
    const grouped = new Map<string, Row[]>()
    for (const row of rows) {
      const code = codeOf.get(itemId(row))!
      grouped.set(code, [...(grouped.get(code) ?? []), row])
    }
    return grouped
  }
  const positionsByItem = byItem(positions, (row) => row.position.itemId)
  const statusesByItem = byItem(statuses, (row) => row.status.itemId)
  const sharers = new Set([...positions.map((row) => row.position.delegation.code), ...statuses.map((row) => row.status.delegation.code)])

  return {
    schema: CONSOLIDATED_SCHEMA,
    schemaVersion: CONSOLIDATED_SCHEMA_VERSION,
    date: date.toISOString(),
    meeting: STOCKTAKING_MEETING,
    delegations: { participating, sharedAnything: sharers.size },
    items: items.map((item) => {
      const itemPositions = positionsByItem.get(item.code) ?? []
      const itemStatuses = statusesByItem.get(item.code) ?? []
      const wordings = itemPositions.flatMap((row) =>
        row.proposedWording?.trim() ? [{ delegation: row.position.delegation, stance: row.stance, wording: row.proposedWording }] : [],
      )
      return {
        code: item.code,
        title: item.title,
        text: item.text,
        paragraphs: item.paragraphs,
        clusters: item.clusters.map(({ number }) => number),
        coverage: {
          positions: itemPositions.filter((row) => row.stance !== 'no_position').length,
          implementationStatuses: itemStatuses.length,
          delegations: new Set([
            ...itemPositions.map((row) => row.position.delegation.code),
            ...itemStatuses.map((row) => row.status.delegation.code),
          ]).size,
        },
        stances: countedStances.map((stance) => {
          const delegations = itemPositions.filter((row) => row.stance === stance).map((row) => row.position.delegation.name)
          return { stance, label: stanceLabels[stance], count: delegations.length, delegations }
        }),
        compilationText: wordings.length > 0 ? compileText(item.text, wordings).plainText : null,
        included: [
          ...itemPositions
            .filter((row) => row.reviewState === 'included')
            .map((row) => ({
              kind: 'position' as const,
              delegation: row.position.delegation.name,
              summary: `${stanceLabels[row.stance]}: ${row.rationale}`,
            })),
          ...itemStatuses
            .filter((row) => row.reviewState === 'included')
            .map((row) => ({
              kind: 'implementation-status' as const,
              delegation: row.status.delegation.name,
              summary: `${implementationStateLabels[row.state]}: ${row.evidence}`,
            })),
        ],
      }
    }),
  }
}

function itemBlocks(item: ConsolidatedItem, participating: number): Block[] {
  const blocks: Block[] = [
    { type: 'quote', text: item.text, source: `Summary report, ${item.paragraphs.map((n) => `para ${n}`).join(', ')}` },
    {
      type: 'fields',
      rows: [
        { label: 'Positions shared', value: `${item.coverage.positions} of ${participating} delegations` },
        { label: 'Implementation statuses shared', value: String(item.coverage.implementationStatuses) },
      ],
    },
  ]
  const stated = item.stances.filter(({ count }) => count > 0)
  blocks.push(
    stated.length > 0
      ? {
          type: 'table',
          caption: 'Stances',
          columns: ['Stance', 'Delegations', 'Who'],
          rows: stated.map((s) => [s.label, String(s.count), s.delegations.join(', ')]),
        }
      : { type: 'note', text: 'No delegation has shared a stance on this item.' },
  )
  if (item.compilationText)
    blocks.push({ type: 'paragraph', runs: [{ text: 'Compilation text: ', bold: true }, { text: item.compilationText }] })
  if (item.included.length > 0) {
    blocks.push({
      type: 'table',
      caption: 'Included in the consolidated contribution',
      columns: ['Delegation', 'Input', 'What it says'],
      rows: item.included.map((input) => [
        input.delegation,
        input.kind === 'position' ? reviewInputKindLabels.position : reviewInputKindLabels.implementation_status,
        input.summary,
      ]),
    })
  }
  return blocks
}

export function consolidatedDocument(content: ConsolidatedContent, sha256: string): ExportDocument {
  const sections: Section[] = content.items.map((item) => ({
    level: 1,
    heading: `${item.code} ${item.title}`,
    blocks: itemBlocks(item, content.delegations.participating),
  }))
  return {
    title: 'Consolidated contribution of the GFMD to the GCM stocktaking',
    subtitle: `To the ${content.meeting.name}, ${content.meeting.place}`,
    cover: [
      { label: 'Prepared by', value: 'GFMD secretariat' },
      { label: 'Date', value: formatDateTime(new Date(content.date)) },
      { label: 'Delegations that shared inputs', value: `${content.delegations.sharedAnything} of ${content.delegations.participating}` },
      { label: 'Items', value: String(content.items.length) },
      { label: 'SHA-256 of the contribution', value: sha256 },
    ],
    footer: 'GFMD consolidated contribution',
    date: content.date,
    sections,
  }
}

export function consolidatedWorkbook(content: ConsolidatedContent): ExportWorkbook {
  return {
    title: 'Consolidated contribution of the GFMD to the GCM stocktaking',
    date: content.date,
    sheets: [
      {
        name: 'Consolidated',
        columns: [
          { key: 'code', header: 'Item', width: 10 },
          { key: 'title', header: 'Title', width: 36 },
          { key: 'clusters', header: 'Clusters', width: 10 },
          { key: 'positions', header: 'Positions shared', width: 10 },
          { key: 'statuses', header: 'Statuses shared', width: 10 },
          ...countedStances.map((stance) => ({ key: stance, header: stanceLabels[stance], width: 12 })),
          { key: 'compilation', header: 'Compilation text', width: 80 },
          { key: 'included', header: 'Included inputs', width: 10 },
        ],
        rows: content.items.map((item) => ({
          code: item.code,
          title: item.title,
          clusters: item.clusters.join(', '),
          positions: item.coverage.positions,
          statuses: item.coverage.implementationStatuses,
          ...Object.fromEntries(item.stances.map(({ stance, count }) => [stance, count])),
          compilation: item.compilationText,
          included: item.included.length,
        })),
      },
    ],
  }
}
