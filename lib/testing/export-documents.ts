/**
 * Export documents for the renderers' tests and checks: one shaped like a
 * delegation's submission (with the report's accented names and every
 * delegation's name), and a large one shaped like the consolidated contribution.
 */
import { allDelegations } from '@/lib/accounts/seed-delegations'
import type { ExportDocument, Section } from '@/lib/export/document'

export const accentedNames = ['Götz Schmidt-Bremme', 'Jürg Lauber', 'Côte d’Ivoire', 'Türkiye', 'São Tomé and Príncipe']

const longRationale = Array.from(
  { length: 12 },
  (_, index) =>
    `Point ${index + 1}: the delegation supports the recommendation as drafted in the GFMD summary, and notes that Ambassador Jürg Lauber and Ambassador Götz Schmidt-Bremme both asked for reviewable, implementable commitments with a follow-up mechanism that remains non-binding.`,
).join(' ')

export function sampleSubmission(): ExportDocument {
  const delegations = allDelegations().map((delegation) => delegation.name)
  const itemSection = (code: string, heading: string): Section => ({
    level: 2,
    heading: `${code} ${heading}`,
    blocks: [
      {
        type: 'quote',
        text: 'States should facilitate fair and ethical recruitment, and safeguard conditions that ensure decent work.',
        source: 'Summary report, paragraph 14',
      },
      {
        type: 'fields',
        rows: [
          { label: 'Stance', value: 'Support with amendments' },
          { label: 'Rationale', value: longRationale },
          { label: 'Implementation status', value: 'In progress (as of 30 September 2026)' },
          { label: 'Evidence', value: 'National action plan adopted by Côte d’Ivoire and Türkiye\nSecond line of evidence' },
        ],
      },
      {
        type: 'difference',
        caption: 'Proposed wording',
        runs: [
          { text: 'States should ' },
          { text: 'facilitate', change: 'removed' },
          { text: 'promote and monitor', change: 'added' },
          { text: ' fair and ethical recruitment' },
          { text: ', and safeguard conditions', change: 'removed' },
          { text: ' in São Tomé and Príncipe and elsewhere', change: 'added' },
          { text: '.' },
        ],
      },
      {
        type: 'paragraph',
        runs: [
          { text: 'Comment selected by the focal point: ', bold: true },
          { text: 'Reviewed with Jürg Lauber’s office.', italic: true },
        ],
      },
    ],
  })
  return {
    title: 'Stocktaking submission — Germany',
    subtitle: 'GFMD contribution to the GCM stocktaking',
    cover: [
      { label: 'Delegation', value: 'Germany' },
      { label: 'Kind', value: 'Member state' },
      { label: 'Date', value: '30 November 2026' },
      { label: 'Version', value: '3' },
      { label: 'Focal point', value: 'Götz Schmidt-Bremme' },
      { label: 'Meeting', value: 'GCM stocktaking meeting, Puerto Vallarta' },
      { label: 'SHA-256', value: '9f2c4b1e0d3a5f6e7b8c9d0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e' },
    ],
    footer: 'Germany · version 3',
    date: '2026-11-30T12:00:00.000Z',
    sections: [
      { level: 1, heading: 'Cluster 1: Human rights of all migrants', blocks: [] },
      itemSection('1.1', 'Fair and ethical recruitment'),
      itemSection('1.2', 'Decent work'),
      {
        level: 2,
        heading: '1.3 Regular pathways',
        blocks: [{ type: 'note', text: 'No position shared on this item.' }],
      },
      { level: 1, heading: 'Cluster 2: Drivers of migration', blocks: [] },
      {
        level: 2,
        heading: '2.1 Stances of the delegations',
        blocks: [
          {
            type: 'table',
            caption: 'Delegations behind each stance',
            columns: ['Delegation', 'Stance', 'Rationale'],
            rows: Array.from({ length: 40 }, (_, index) => [
              accentedNames[index % accentedNames.length] ?? '',
              index % 3 === 0 ? 'Support' : 'Support with amendments',
              index % 4 === 0 ? longRationale.slice(0, 400) : `Row ${index + 1}`,
            ]),
          },
        ],
      },
      {
        level: 2,
        heading: '2.2 Every delegation',
        blocks: [{ type: 'table', columns: ['Delegation'], rows: delegations.map((name) => [name]) }],
      },
    ],
  }
}

/** The consolidated contribution's size: `items` sections, each a table of every delegation. */
export function consolidatedAtScale(items = 75): ExportDocument {
  const delegations = allDelegations()
  return {
    title: 'Consolidated contribution',
    cover: [{ label: 'Delegations', value: String(delegations.length) }],
    footer: 'GFMD secretariat · consolidated',
    date: '2026-11-30T12:00:00.000Z',
    sections: Array.from({ length: items }, (_, index) => ({
      level: 2 as const,
      heading: `${index + 1}. Item ${index + 1}`,
      blocks: [
        { type: 'quote' as const, text: 'States should facilitate fair and ethical recruitment.', source: `Paragraph ${index + 1}` },
        {
          type: 'table' as const,
          columns: ['Delegation', 'Stance', 'Status', 'Rationale'],
          rows: delegations.map((delegation, row) => [
            delegation.name,
            row % 2 ? 'Support' : 'Support with amendments',
            'In progress',
            row % 5 ? 'Short rationale.' : 'A longer rationale that wraps onto a second line of the cell in both formats, as real ones do.',
          ]),
        },
      ],
    })),
  }
}
