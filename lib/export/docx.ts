import 'server-only'

import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  type FileChild,
} from 'docx'
import { strToU8, strFromU8, unzipSync, zipSync, type Zippable } from 'fflate'

import { columnShares } from './column-shares'
import { differenceLegend, type Block, type ExportDocument, type TextRun as DocumentRun } from './document'
import { withSafeText, xmlSafeText } from './safe-text'

const font = 'Calibri'
const removedColour = 'B91C1C'
const addedColour = '15803D'
const mutedColour = '555555'
const headerFill = 'E7ECF2'
const rule = { style: BorderStyle.SINGLE, size: 4, color: 'A0A7B0' }
// Set once per table, not per cell: a consolidated document has tens of thousands of cells.
const tableLook = {
  width: { size: 100, type: WidthType.PERCENTAGE },
  borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
  margins: { top: 60, bottom: 60, left: 100, right: 100 },
}
const cellStyle = 'TableText'
/** A4 less the margins, in twentieths of a point. */
const margin = 1134
const contentWidth = 11906 - 2 * margin
// docx sizes a table's cells from the page they are on.
const pageProperties = { page: { margin: { top: margin, bottom: margin, left: margin, right: margin } } }

/**
 * The document as a Word file: a cover, a table of contents, then each section
 * under a real Heading 1 (cluster) or Heading 2 (item) style. Rendering the same
 * document twice gives the same bytes (see `repeatable`).
 */
export async function renderDocx(model: ExportDocument): Promise<Buffer> {
  const document = withSafeText(model, xmlSafeText)
  const file = new Document({
    title: document.title,
    subject: document.subtitle,
    creator: 'GFMD stocktaking workspace',
    // Word fills the table of contents' page numbers when it opens the file; until then (and in
    // LibreOffice) the entries docx writes from the headings show, without page numbers.
    // (docx/layout's estimatePageNumbers could write them, but takes seconds per thousand table rows.)
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font, size: 21 }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font, size: 48, bold: true, color: '1F2937' }, paragraph: { spacing: { after: 160 } } },
        heading1: {
          run: { font, size: 32, bold: true, color: '1F3A5F' },
          paragraph: { spacing: { before: 240, after: 160 }, keepNext: true },
        },
        heading2: {
          run: { font, size: 26, bold: true, color: '1F3A5F' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      },
      paragraphStyles: [{ id: cellStyle, name: 'Table Text', basedOn: 'Normal', paragraph: { spacing: { after: 0 } } }],
    },
    sections: [
      {
        properties: pageProperties,
        footers: { default: footer(document.footer) },
        children: [
          ...cover(document),
          ...contents(),
          ...document.sections.flatMap((section, index) => [
            new Paragraph({
              text: section.heading,
              heading: section.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
              // Each cluster starts a page, and so does the first section, after the contents.
              pageBreakBefore: section.level === 1 || index === 0,
            }),
            ...(section.blocks.length > 0 ? [new Paragraph({ text: blocksMark(index) })] : []),
          ]),
        ],
      },
    ],
  })
  const packed = await Packer.toBuffer(file)
  const blocks = new Map<number, string>()
  for (const [index, section] of document.sections.entries())
    if (section.blocks.length > 0) blocks.set(index, await blocksXml(section.blocks))
  return repeatable(packed, document.date, (body) => withBlocks(body, blocks))
}

/**
 * The document is packed with a mark in place of each section's blocks, and the blocks one section at a time, then put
 * in their marks' place. docx holds a document three times over while it writes it (its objects, what they format to,
 * and that resolved to text): over 100 MB at once for the consolidated contribution's 5,800 table rows. Section by
 * section, only one section's are alive. Blocks refer to nothing outside themselves (no ids, links or
 * images), so their XML is the same either way; the headings stay in the document, where the contents list them.
 */
const blocksMark = (index: number) => `\uE000blocks ${index}\uE000`
const markParagraph = /<w:p><w:r><w:t xml:space="preserve">\uE000blocks (\d+)\uE000<\/w:t><\/w:r><\/w:p>/g

async function blocksXml(blocks: Block[]): Promise<string> {
  const packed = await Packer.toBuffer(new Document({ sections: [{ properties: pageProperties, children: blocks.flatMap(renderBlock) }] }))
  const xml = strFromU8(unzipSync(packed, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']!)
  // The body's content, less the section properties docx ends every body with.
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.lastIndexOf('<w:sectPr'))
}

function withBlocks(body: string, blocks: Map<number, string>): string {
  let placed = 0
  const filled = body.replace(markParagraph, (_, index: string) => {
    placed++
    return blocks.get(Number(index)) ?? ''
  })
  // docx writing a plain paragraph otherwise than the mark expects would lose the blocks: refuse rather than leave them out.
  if (placed !== blocks.size) throw new Error(`The Word file has ${placed} places for the blocks of ${blocks.size} sections.`)
  return filled
}

function cover(document: ExportDocument): FileChild[] {
  return [
    new Paragraph({ text: document.title, heading: HeadingLevel.TITLE, spacing: { before: 2400 } }),
    ...(document.subtitle
      ? [new Paragraph({ children: [new TextRun({ text: document.subtitle, size: 28, color: mutedColour })], spacing: { after: 480 } })]
      : []),
    fieldsTable(document.cover),
  ]
}

function contents(): FileChild[] {
  return [
    // Styled like a heading but not one, so the contents do not list themselves. Breaks before a
    // paragraph, not break characters: a page the contents fill to the end is not followed by an empty one.
    new Paragraph({
      children: [new TextRun({ text: 'Contents', bold: true, size: 32, color: '1F3A5F' })],
      pageBreakBefore: true,
      spacing: { after: 160 },
    }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
  ]
}

function footer(text: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [`${text} · Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: mutedColour }),
        ],
      }),
    ],
  })
}

function renderBlock(block: Block): FileChild[] {
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ children: block.runs.map(renderRun) })]
    case 'quote':
      return [
        new Paragraph({
          children: [new TextRun({ text: block.text, italics: true })],
          indent: { left: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'A0A7B0', space: 8 } },
          spacing: { after: block.source ? 40 : 160 },
        }),
        ...(block.source
          ? [new Paragraph({ children: [new TextRun({ text: block.source, size: 18, color: mutedColour })], indent: { left: 567 } })]
          : []),
      ]
    case 'difference':
      return [
        new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })], keepNext: true, spacing: { after: 40 } }),
        new Paragraph({
          children: [legendRun('removed'), new TextRun({ text: ' · ', size: 16, color: mutedColour }), legendRun('added')],
          keepNext: true,
          spacing: { after: 60 },
        }),
        new Paragraph({ children: block.runs.map(renderRun) }),
      ]
    case 'fields':
      return [fieldsTable(block.rows), spacer()]
    case 'table':
      return [
        ...(block.caption ? [new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })], keepNext: true })] : []),
        new Table({
          ...tableLook,
          layout: TableLayoutType.FIXED,
          // About 0.5 em a character in 10.5 pt Calibri.
          columnWidths: columnShares(block.columns, block.rows, contentWidth / 20 / (10.5 * 0.5)).map((share) =>
            Math.round(share * contentWidth),
          ),
          rows: [
            // Repeated at the top of each page a long table runs onto.
            new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((column) => cell(column, { isHeader: true })) }),
            ...block.rows.map(
              (row) => new TableRow({ cantSplit: true, children: block.columns.map((_, index) => cell(row[index] ?? '')) }),
            ),
          ],
        }),
        spacer(),
      ]
    case 'note':
      return [new Paragraph({ children: [new TextRun({ text: block.text, italics: true, size: 18, color: mutedColour })] })]
  }
}

/** A removed run is struck through and red, an added one underlined and green: never colour alone. */
function renderRun(run: DocumentRun): TextRun {
  return new TextRun({
    text: run.text,
    bold: run.bold,
    italics: run.italic,
    strike: run.change === 'removed',
    underline: run.change === 'added' ? { type: UnderlineType.SINGLE } : undefined,
    color: run.change === 'removed' ? removedColour : run.change === 'added' ? addedColour : undefined,
  })
}

function legendRun(change: 'added' | 'removed'): TextRun {
  return new TextRun({
    text: differenceLegend[change],
    size: 16,
    strike: change === 'removed',
    underline: change === 'added' ? { type: UnderlineType.SINGLE } : undefined,
    color: change === 'removed' ? removedColour : addedColour,
  })
}

function fieldsTable(rows: { label: string; value: string }[]): Table {
  return new Table({
    ...tableLook,
    layout: TableLayoutType.FIXED,
    columnWidths: [0.28, 0.72].map((share) => Math.round(share * contentWidth)),
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [cell(row.label, { isHeader: true }), cell(row.value)],
        }),
    ),
  })
}

function cell(text: string, { isHeader = false }: { isHeader?: boolean } = {}): TableCell {
  return new TableCell({
    shading: isHeader ? { type: ShadingType.CLEAR, color: 'auto', fill: headerFill } : undefined,
    // A value's line breaks stay line breaks.
    children: text
      .split('\n')
      .map((line) => new Paragraph({ style: cellStyle, children: [new TextRun(isHeader ? { text: line, bold: true } : line)] })),
  })
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 120 } })
}

/**
 * docx stamps the file's properties and its zip entries with the clock and names some
 * relationships at random. Rewrite both from the document, so a frozen submission
 * renders to the same bytes every time; `fillBody` puts the sections' blocks in.
 */
function repeatable(packed: Buffer, date: string, fillBody: (xml: string) => string): Buffer {
  const stamp = new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z')
  // Zip entries carry local wall-clock time: shift so they read as the document's UTC moment on any server.
  const moment = new Date(new Date(date).getTime() + new Date(date).getTimezoneOffset() * 60_000)
  const entries = Object.entries(unzipSync(packed))
  const texts = new Map(entries.filter(([name]) => /\.(xml|rels)$/.test(name)).map(([name, bytes]) => [name, strFromU8(bytes)]))

  // Relationship ids that are not Word's usual rIdN are docx's random ones: number them in order of appearance.
  const renamed = new Map<string, string>()
  for (const [name, text] of texts) {
    if (!name.endsWith('.rels')) continue
    for (const [, id = ''] of text.matchAll(/Id="([^"]+)"/g)) {
      if (!/^rId\d+$/.test(id) && !renamed.has(id)) renamed.set(id, `rIdx${renamed.size + 1}`)
    }
  }
  const output: Zippable = {}
  for (const [name, bytes] of entries) {
    let text = texts.get(name)
    if (text === undefined) {
      output[name] = [bytes, { mtime: moment }]
      continue
    }
    for (const [from, to] of renamed) text = text.replaceAll(`"${from}"`, `"${to}"`)
    // Headings' bookmarks are numbered by a counter shared by every document the process renders.
    text = renumber(text, /(_Toc)(\d+)/g)
    text = renumber(text, /(<w:bookmark(?:Start[^>]*?|End) w:id=")(\d+)/g)
    if (name === 'word/document.xml') text = fillBody(text)
    if (name === 'docProps/core.xml') {
      text = text.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`)
    }
    output[name] = [strToU8(text), { mtime: moment }]
  }
  return Buffer.from(zipSync(output, { level: 6 }))
}

/** Numbers the matches' second group 1, 2, … in order of first appearance. */
function renumber(text: string, pattern: RegExp): string {
  const numbers = new Map<string, number>()
  return text.replace(pattern, (_, prefix: string, number: string) => {
    if (!numbers.has(number)) numbers.set(number, numbers.size + 1)
    return `${prefix}${numbers.get(number)}`
  })
}
