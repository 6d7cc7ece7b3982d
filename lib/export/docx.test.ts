import { strFromU8, unzipSync } from 'fflate'
import mammoth from 'mammoth'
import { beforeAll, describe, expect, it } from 'vitest'

import { renderDocx } from '@/lib/export/docx'
import { accentedNames, sampleSubmission } from '@/lib/testing/export-documents'

const document = sampleSubmission()
let file: Buffer
let parts: Record<string, string>
let html: string

beforeAll(async () => {
  file = await renderDocx(document)
  parts = Object.fromEntries(Object.entries(unzipSync(file)).map(([name, bytes]) => [name, strFromU8(bytes)]))
  html = (await mammoth.convertToHtml({ buffer: file })).value
})

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const part = (name: string) => parts[name] ?? ''
const footerPart = () => Object.entries(parts).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? ''

describe('renderDocx', () => {
  it('writes clusters as Heading 1 and items as Heading 2', () => {
    for (const section of document.sections) {
      const tag = section.level === 1 ? 'h1' : 'h2'
      expect(html).toMatch(new RegExp(`<${tag}>(<a id="_Toc\\d+"></a>)?${escape(section.heading)}</${tag}>`))
    }
    expect(part('word/document.xml')).toMatch(/<w:pStyle w:val="Heading1"\/>/)
    expect(part('word/document.xml')).toMatch(/<w:pStyle w:val="Heading2"\/>/)
  })

  it('puts each section’s blocks under its own heading, in order', () => {
    const body = part('word/document.xml')
    // The headings' places in the body, after the contents (which list them too).
    const contentsEnd = body.indexOf('</w:sdtContent>')
    const headings = document.sections.map((section) => body.indexOf(`>${section.heading}<`, contentsEnd))
    expect([...headings].sort((a, b) => a - b)).toEqual(headings)
    document.sections.forEach((section, index) => {
      const first = section.blocks[0]
      const text = first?.type === 'quote' || first?.type === 'note' ? first.text : undefined
      if (!text) return
      const at = body.indexOf(`>${text}<`, headings[index])
      expect(at).toBeGreaterThan(headings[index]!)
      if (index + 1 < headings.length) expect(at).toBeLessThan(headings[index + 1]!)
    })
    expect(body).not.toContain('\uE000')
  })

  it('has a table of contents field that Word updates on open, already listing every heading', () => {
    const body = part('word/document.xml')
    expect(body).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/)
    expect(part('word/settings.xml')).toMatch(/<w:updateFields( w:val="true")?\/>/)
    const contents = body.slice(body.indexOf('>TOC '), body.indexOf('</w:sdtContent>'))
    for (const section of document.sections) expect(contents).toContain(section.heading)
  })

  it('starts the contents, the first section and each cluster on a new page, never leaving an empty one', () => {
    const body = part('word/document.xml')
    // A break character after contents that fill their last page would leave the next page empty.
    expect(body).not.toMatch(/<w:br w:type="page"\/>/)
    const breaks = body.match(/<w:pageBreakBefore\/>/g) ?? []
    const clusters = document.sections.filter((section) => section.level === 1).length
    expect(breaks).toHaveLength(1 + clusters + (document.sections[0]?.level === 1 ? 0 : 1))
  })

  it('puts the cover first: title, subtitle and the cover rows as a table', () => {
    expect(html.indexOf(document.title)).toBeLessThan(html.indexOf('Contents'))
    expect(html).toContain(document.subtitle)
    for (const row of document.cover) expect(html).toContain(`<td><p><strong>${row.label}</strong></p></td><td><p>${row.value}</p></td>`)
  })

  it('writes fields and tables as real tables with every cell, names keeping their accents', () => {
    expect(html).toContain(
      '<thead><tr><th><p><strong>Delegation</strong></p></th><th><p><strong>Stance</strong></p></th><th><p><strong>Rationale</strong></p></th></tr></thead>',
    )
    for (const name of accentedNames) expect(html).toContain(`<td><p>${name}</p></td>`)
    // The 40 rows of the stances table, the header repeated on each page.
    expect(html).toContain('<td><p>Row 40</p></td>')
    expect(part('word/document.xml')).toContain('<w:tblHeader/>')
    expect(html).toContain(
      '<td><p><strong>Evidence</strong></p></td><td><p>National action plan adopted by Côte d’Ivoire and Türkiye</p><p>Second line of evidence</p></td>',
    )
  })

  it('strikes removed text through and underlines added text, with a legend', () => {
    const body = part('word/document.xml')
    expect(body).toMatch(/<w:rPr>(?:(?!<\/w:rPr>).)*<w:strike\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">facilitate<\/w:t>/)
    expect(body).toMatch(
      /<w:rPr>(?:(?!<\/w:rPr>).)*<w:u w:val="single"\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">promote and monitor<\/w:t>/,
    )
    expect(html).toContain('Struck through: removed')
    expect(html).toContain('Underlined: added')
  })

  it('prints the footer with the page number and the page count on every page', () => {
    const footer = footerPart()
    expect(footer).toContain(document.footer)
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/)
    expect(part('word/document.xml')).toMatch(/<w:footerReference w:type="default"/)
  })

  it('dates and titles the file from the document, never the clock', () => {
    const core = part('docProps/core.xml')
    expect(core).toContain(`<dc:title>${document.title}</dc:title>`)
    expect(core).toMatch(/<dcterms:created[^>]*>2026-11-30T12:00:00Z<\/dcterms:created>/)
    expect(core).toMatch(/<dcterms:modified[^>]*>2026-11-30T12:00:00Z<\/dcterms:modified>/)
  })

  it('renders the same document to the same bytes', async () => {
    await renderDocx({ ...document, title: 'Another document first' })
    expect((await renderDocx(document)).equals(file)).toBe(true)
  })
})
