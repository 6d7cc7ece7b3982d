/**
 * A delegation's submission as the renderers read it: a document for Word
 * and PDF (cover, then a section per cluster and per item) and a workbook
 * for the spreadsheets (one row per item). Pure functions of the content and
 * its SHA-256, so a version renders the same whenever it is rendered.
 */
import { formatDate, formatDateTime, formatIsoDates } from '@/lib/dates'
import type { Block, ExportDocument, Section, TextRun } from '@/lib/export/document'
import type { ExportWorkbook } from '@/lib/export/table'
import { visibilityLabels } from '@/lib/visibility/labels'

import type { SubmissionContent, SubmissionItem } from './submission-content'

const kindLabels = { 'member-state': 'Member state', observer: 'Observer' } as const

/** Word runs of a difference; a removed word right before the added one gets a space, so they do not read as one word. */
function differenceRuns(parts: { text: string; change: 'same' | 'added' | 'removed' }[]): TextRun[] {
  return parts.flatMap(({ text, change }, index): TextRun[] => {
    const run: TextRun = change === 'same' ? { text } : { text, change }
    const next = parts[index + 1]
    return change === 'removed' && next?.change === 'added' && !/\s$/.test(text) && !/^\s/.test(next.text) ? [run, { text: ' ' }] : [run]
  })
}

function itemBlocks(item: SubmissionItem): Block[] {
  const blocks: Block[] = [
    { type: 'quote', text: item.text, source: `Summary report, ${item.paragraphs.map((n) => `para ${n}`).join(', ')}` },
  ]
  const { position, implementationStatus: status } = item
  if (position) {
    blocks.push({
      type: 'fields',
      rows: [
        { label: 'Stance', value: position.stanceLabel },
        { label: 'Rationale', value: position.rationale || '—' },
        {
          label: 'Shared',
          value: `Version ${position.version}, with ${visibilityLabels[position.sharedWith].toLowerCase()}, ${formatDateTime(new Date(position.sharedAt))}`,
        },
      ],
    })
    if (position.wordingDifference) {
      blocks.push({
        type: 'difference',
        caption: 'Proposed wording, against the item’s text (removed words struck through, added words underlined)',
        runs: differenceRuns(position.wordingDifference),
      })
    }
  } else {
    blocks.push({ type: 'note', text: 'No position shared on this item.' })
  }
  if (status) {
    blocks.push({
      type: 'fields',
      rows: [
        { label: 'Implementation status', value: status.stateLabel },
        { label: 'Evidence', value: status.evidence || '—' },
        ...(status.links.length > 0 ? [{ label: 'Links', value: status.links.join('\n') }] : []),
        { label: 'As of', value: status.asOf ? formatIsoDates(status.asOf) : 'No date given' },
      ],
    })
  } else {
    blocks.push({ type: 'note', text: 'No implementation status shared on this item.' })
  }
  if (item.comments.length > 0) {
    blocks.push({
      type: 'table',
      caption: 'Comments',
      columns: ['Author', 'Written', 'Comment'],
      rows: item.comments.map((comment) => [comment.author, formatDateTime(new Date(comment.writtenAt)), comment.body]),
    })
  }
  return blocks
}

export function submissionTitle(content: SubmissionContent): string {
  return `Stocktaking submission of ${content.delegation.name}`
}

export function submissionDocument(content: SubmissionContent, sha256: string): ExportDocument {
  const version = content.version === null ? 'Not submitted (an export of what is shared now)' : `Version ${content.version}`
  const sections: Section[] = content.clusters.flatMap((cluster) => [
    {
      level: 1 as const,
      heading: cluster.number === null ? cluster.title : `Cluster ${cluster.number}: ${cluster.title}`,
      blocks: [],
    },
    ...cluster.items.map((item) => ({ level: 2 as const, heading: `${item.code} ${item.title}`, blocks: itemBlocks(item) })),
  ])
  return {
    title: submissionTitle(content),
    subtitle: `To the ${content.meeting.name}, ${content.meeting.place}${content.meeting.date ? `, ${formatDate(new Date(`${content.meeting.date}T00:00:00Z`))}` : ''}`,
    cover: [
      { label: 'Delegation', value: content.delegation.name },
      { label: 'Kind', value: kindLabels[content.delegation.kind] },
      { label: 'Date', value: formatDateTime(new Date(content.date)) },
      { label: 'Version', value: version },
      { label: 'Focal point', value: content.focalPoints.join(', ') || '—' },
      ...(content.submittedBy ? [{ label: 'Submitted by', value: content.submittedBy }] : []),
      { label: 'Stocktaking meeting', value: `${content.meeting.name}, ${content.meeting.place}` },
      { label: 'Source', value: `${content.source.title}, ${formatIsoDates(content.source.date)}` },
      { label: 'SHA-256 of the submission', value: sha256 },
    ],
    footer: `${content.delegation.name} · ${content.version === null ? 'not submitted' : `version ${content.version}`}`,
    date: content.date,
    sections:
      sections.length > 0
        ? sections
        : [
            {
              level: 1,
              heading: 'Nothing shared yet',
              blocks: [{ type: 'note', text: 'The delegation has shared no position or implementation status yet.' }],
            },
          ],
  }
}

export const submissionColumns = [
  { key: 'delegation', header: 'Delegation', width: 20 },
  { key: 'cluster', header: 'Cluster', width: 10 },
  { key: 'code', header: 'Item', width: 10 },
  { key: 'title', header: 'Title', width: 36 },
  { key: 'paragraphs', header: 'Paragraphs', width: 12 },
  { key: 'text', header: 'Item text', width: 60 },
  { key: 'stance', header: 'Stance', width: 22 },
  { key: 'rationale', header: 'Rationale', width: 60 },
  { key: 'proposedWording', header: 'Proposed wording', width: 60 },
  { key: 'positionVersion', header: 'Position version', width: 10 },
  { key: 'state', header: 'Implementation status', width: 18 },
  { key: 'evidence', header: 'Evidence', width: 60 },
  { key: 'links', header: 'Links', width: 40 },
  { key: 'asOf', header: 'As of', width: 12 },
  { key: 'comments', header: 'Selected comments', width: 60 },
]

/** One row per item (the CSV is this sheet), and in the Excel file a second sheet with the cover and the receipt. */
export function submissionWorkbook(content: SubmissionContent, sha256: string): ExportWorkbook {
  return {
    title: submissionTitle(content),
    date: content.date,
    sheets: [
      {
        name: 'Submission',
        columns: submissionColumns,
        rows: content.clusters.flatMap((cluster) =>
          cluster.items.map((item) => ({
            delegation: content.delegation.name,
            cluster: cluster.number,
            code: item.code,
            title: item.title,
            paragraphs: item.paragraphs.join(', '),
            text: item.text,
            stance: item.position?.stanceLabel ?? null,
            rationale: item.position?.rationale ?? null,
            proposedWording: item.position?.proposedWording ?? null,
            positionVersion: item.position?.version ?? null,
            state: item.implementationStatus?.stateLabel ?? null,
            evidence: item.implementationStatus?.evidence ?? null,
            links: item.implementationStatus?.links.join('\n') ?? null,
            asOf: item.implementationStatus?.asOf ?? null,
            comments: item.comments.map((comment) => `${comment.author}: ${comment.body}`).join('\n\n') || null,
          })),
        ),
      },
      {
        name: 'Cover',
        columns: [
          { key: 'label', header: 'About this submission', width: 28 },
          { key: 'value', header: '', width: 80 },
        ],
        rows: submissionDocument(content, sha256).cover.map(({ label, value }) => ({ label, value })),
      },
    ],
  }
}
