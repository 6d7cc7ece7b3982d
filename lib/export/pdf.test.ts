import { extractText, getDocumentProxy, getMeta } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'

import { allDelegations } from '@/lib/accounts/seed-delegations'
import { renderPdf } from '@/lib/export/pdf'
import { accentedNames, sampleSubmission } from '@/lib/testing/export-documents'

const document = sampleSubmission()
let file: Buffer
let pages: string[]

beforeAll(async () => {
  file = await renderPdf(document)
  // Text as a reader copies it: through the embedded font's character map, whitespace collapsed.
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(file)), { mergePages: false })
  pages = text.map((page) => page.replace(/\s+/g, ' '))
})

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const allText = () => pages.join(' ')

describe('renderPdf', () => {
  it('runs over several pages, each with the footer and "Page i of N"', () => {
    expect(pages.length).toBeGreaterThan(1)
    pages.forEach((page, index) => expect(page).toContain(`${document.footer} · Page ${index + 1} of ${pages.length}`))
  })

  it('embeds its font, so the accented names and every delegation read back as written', () => {
    expect(file.toString('latin1')).toContain('/FontFile2')
    expect(file.toString('latin1')).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/)
    for (const name of accentedNames) expect(allText()).toContain(name)
    for (const delegation of allDelegations()) expect(allText()).toContain(delegation.name)
  })

  it('opens with the cover: title, subtitle and every cover row', () => {
    const cover = pages[0] ?? ''
    expect(cover).toContain(document.subtitle)
    for (const row of document.cover) expect(cover).toContain(`${row.label} ${row.value}`)
  })

  it('lists every heading in the contents with the page it starts on', () => {
    const contents = pages[1] ?? ''
    expect(contents).toMatch(/^Contents /)
    for (const section of document.sections) {
      const match = contents.match(new RegExp(`${escape(section.heading)} (\\d+)`))
      expect(match, section.heading).not.toBeNull()
      const page = Number(match?.[1])
      expect(pages[page - 1]).toContain(section.heading)
      // Its first appearance after the contents.
      expect(pages.findIndex((text, index) => index > 1 && text.includes(section.heading))).toBe(page - 1)
    }
  })

  it('writes the long rationale and the 40-row table in full, across pages', () => {
    expect(allText()).toContain('Point 12: the delegation supports the recommendation')
    const stances = document.sections.find((section) => section.heading.startsWith('2.1'))
    const table = stances?.blocks.find((block) => block.type === 'table')
    expect(table?.type === 'table' && table.rows).toHaveLength(40)
    for (let row = 1; row <= 40; row += 1) if (row % 4 !== 1) expect(allText()).toContain(`Row ${row} `)
    // The header row repeats on the page the table runs onto.
    expect(pages.filter((page) => page.includes('Delegation Stance Rationale')).length).toBeGreaterThan(1)
  })

  it('shows the difference with its legend', () => {
    expect(allText()).toContain('Proposed wording Struck through: removed · Underlined: added')
    expect(allText()).toMatch(/States should facilitate ?promote and monitor fair and ethical recruitment/)
  })

  it('dates and titles the file from the document, never the clock', async () => {
    const { info } = await getMeta(new Uint8Array(file))
    expect(info.Title).toBe(document.title)
    expect(info.CreationDate).toBe('D:20261130120000Z')
    expect(info.ModDate).toBe('D:20261130120000Z')
  })

  it('renders the same document to the same bytes', async () => {
    await renderPdf({ ...document, title: 'Another document first' })
    expect((await renderPdf(document)).equals(file)).toBe(true)
  })
})
