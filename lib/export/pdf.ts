import 'server-only'

import path from 'node:path'

import PDFDocument from 'pdfkit'

import { columnShares } from './column-shares'
import { differenceLegend, type Block, type ExportDocument, type TextRun } from './document'
import { pdfSafeText, withSafeText } from './safe-text'

type Pdf = PDFKit.PDFDocument
type Face = 'regular' | 'bold' | 'italic' | 'boldItalic'

// DejaVu Sans covers every delegation's name and the report's accented names (Götz, Jürg,
// Côte d’Ivoire…); the PDF embeds the subset it uses, so readers need no font of their own.
const faceFiles: Record<Face, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
}

const page = { width: 595.28, height: 841.89, margin: 56, bottom: 64 }
const contentWidth = page.width - 2 * page.margin
const bottomLimit = page.height - page.bottom
const colours = {
  text: '#1f2937',
  heading: '#1f3a5f',
  muted: '#555555',
  rule: '#a0a7b0',
  fill: '#e7ecf2',
  removed: '#b91c1c',
  added: '#15803d',
}
const sizes = { body: 10, table: 8.5, small: 8, title: 24, subtitle: 14, heading1: 16, heading2: 13 }
const cellPadding = 4

/**
 * The document as a PDF, laid out on the server with pdfkit: a cover, a table of
 * contents with page numbers, headed sections, tables that wrap and run across
 * pages (repeating their header), and the footer with "Page i of N" on every page.
 * The same document gives the same bytes: every date comes from the document.
 */
export async function renderPdf(model: ExportDocument): Promise<Buffer> {
  const document = withSafeText(model, pdfSafeText)
  const date = new Date(document.date)
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: page.margin, left: page.margin, right: page.margin, bottom: page.bottom },
    bufferPages: true,
    autoFirstPage: false,
    font: fontPath('regular'),
    lang: 'en',
    displayTitle: true,
    info: {
      Title: document.title,
      // pdfkit derives the file's id from every info entry: leave out those the document lacks.
      ...(document.subtitle ? { Subject: document.subtitle } : {}),
      Creator: 'GFMD stocktaking workspace',
      Producer: 'GFMD stocktaking workspace',
      CreationDate: date,
      ModDate: date,
    },
  })
  joinLeftPages(pdf)
  const chunks: Buffer[] = []
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve)
    pdf.on('error', reject)
  })

  pdf.addPage()
  writeCover(pdf, document)
  const contents = reserveContents(pdf, document)
  newPage(pdf)
  const sectionPages: number[] = []
  const outline = new Map<number, PDFKit.PDFOutline>()
  document.sections.forEach((section, index) => {
    if (section.level === 1 && index > 0) newPage(pdf)
    const top = writeHeading(pdf, section.heading, section.level)
    sectionPages.push(currentPage(pdf))
    pdf.addNamedDestination(destination(index), 'XYZ', page.margin, top, null)
    // Items nest under their cluster in the reader's bookmarks.
    const parent = section.level === 2 ? (outline.get(1) ?? pdf.outline) : pdf.outline
    const entry = parent.addItem(section.heading)
    if (section.level === 1) outline.set(1, entry)
    for (const block of section.blocks) writeBlock(pdf, block)
  })
  writeContents(pdf, document, contents, sectionPages)
  writeFooters(pdf, document.footer)
  pdf.end()
  await ended
  return Buffer.concat(chunks)
}

/**
 * pdfkit keeps a buffered page's content as one small array per drawing operator until the document ends: about a
 * million of them for the consolidated contribution's 1,500 pages, some 240 MB of heap for 35 MB of content. Once a
 * page is left (for a new one, by us or by pdfkit's text flow), its chunks are joined into one: the same bytes, and
 * the footers, written last, only add a few more.
 */
function joinLeftPages(pdf: Pdf) {
  let left: PDFKit.PDFPage | undefined
  pdf.on('pageAdded', () => {
    // pdfkit's own field (0.20): the page's content stream, written as the concatenation of its chunks.
    const content = left?.content as { buffer?: Uint8Array[] } | undefined
    if (content?.buffer && content.buffer.length > 1) content.buffer = [Buffer.concat(content.buffer)]
    left = pdf.page
  })
}

function fontPath(face: Face): string {
  // From node_modules at run time, as the server runs from the project's folder (next.config.ts traces
  // the files into the build). Not require.resolve: the bundler turns that into a module id.
  return path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', faceFiles[face])
}

/**
 * Selects a face by its file's path. pdfkit caches a font under the name it was selected by,
 * except a registered name for a font it already holds, which it parses again on every call.
 */
function setFace(pdf: Pdf, face: Face): Pdf {
  return pdf.font(fontPath(face))
}

function faceOf(run: { bold?: boolean; italic?: boolean }): Face {
  return run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular'
}

function currentPage(pdf: Pdf): number {
  const range = pdf.bufferedPageRange()
  return range.start + range.count - 1
}

function newPage(pdf: Pdf) {
  pdf.addPage()
  pdf.x = page.margin
  pdf.y = page.margin
}

/** Starts a new page unless `height` still fits on this one. */
function ensure(pdf: Pdf, height: number) {
  if (pdf.y + height > bottomLimit) newPage(pdf)
}

const destination = (index: number) => `section-${index + 1}`

function writeCover(pdf: Pdf, document: ExportDocument) {
  pdf.y = 180
  setFace(pdf, 'bold').fontSize(sizes.title).fillColor(colours.text).text(document.title, page.margin, pdf.y, { width: contentWidth })
  if (document.subtitle) {
    pdf.moveDown(0.3)
    setFace(pdf, 'regular')
      .fontSize(sizes.subtitle)
      .fillColor(colours.muted)
      .text(document.subtitle, page.margin, pdf.y, { width: contentWidth })
  }
  pdf.y += 36
  writeTable(pdf, { rows: document.cover.map((row) => [row.label, row.value]), widths: [0.28, 0.72], hasLabelColumn: true })
}

type Contents = { firstPage: number; entries: { heading: string; level: 1 | 2; height: number }[] }

const contentsEntryWidth = (level: 1 | 2) => contentWidth - 40 - (level === 2 ? 16 : 0)

/** The contents come before the sections, so their pages are kept empty now and written once the sections' pages are known. */
function reserveContents(pdf: Pdf, document: ExportDocument): Contents {
  const entries = document.sections.map((section) => {
    setFace(pdf, section.level === 1 ? 'bold' : 'regular').fontSize(sizes.body)
    return {
      heading: section.heading,
      level: section.level,
      height: pdf.heightOfString(section.heading, { width: contentsEntryWidth(section.level) }) + 5,
    }
  })
  newPage(pdf)
  const firstPage = currentPage(pdf)
  let y = page.margin + 34
  for (const entry of entries) {
    if (y + entry.height > bottomLimit) {
      newPage(pdf)
      y = page.margin
    }
    y += entry.height
  }
  return { firstPage, entries }
}

function writeContents(pdf: Pdf, document: ExportDocument, contents: Contents, sectionPages: number[]) {
  pdf.switchToPage(contents.firstPage)
  setFace(pdf, 'bold')
    .fontSize(sizes.heading1)
    .fillColor(colours.heading)
    .text('Contents', page.margin, page.margin, { width: contentWidth })
  let onPage = contents.firstPage
  let y = page.margin + 34
  contents.entries.forEach((entry, index) => {
    if (y + entry.height > bottomLimit) {
      pdf.switchToPage(++onPage)
      y = page.margin
    }
    const x = page.margin + (entry.level === 2 ? 16 : 0)
    setFace(pdf, entry.level === 1 ? 'bold' : 'regular')
      .fontSize(sizes.body)
      .fillColor(colours.text)
    pdf.text(entry.heading, x, y, { width: contentsEntryWidth(entry.level), goTo: destination(index) })
    pdf.text(String((sectionPages[index] ?? 0) + 1), page.margin + contentWidth - 40, y, {
      width: 40,
      align: 'right',
      goTo: destination(index),
    })
    y += entry.height
  })
}

function writeFooters(pdf: Pdf, footer: string) {
  const range = pdf.bufferedPageRange()
  for (let index = range.start; index < range.start + range.count; index++) {
    pdf.switchToPage(index)
    // The footer sits below the bottom margin, where pdfkit would otherwise start a new page.
    pdf.page.margins.bottom = 0
    setFace(pdf, 'regular')
      .fontSize(sizes.small)
      .fillColor(colours.muted)
      .text(`${footer} · Page ${index + 1} of ${range.count}`, page.margin, page.height - 40, {
        width: contentWidth,
        align: 'center',
        lineBreak: false,
      })
    pdf.page.margins.bottom = page.bottom
  }
}

/** Writes the heading and returns where it starts. */
function writeHeading(pdf: Pdf, heading: string, level: 1 | 2): number {
  const size = level === 1 ? sizes.heading1 : sizes.heading2
  setFace(pdf, 'bold').fontSize(size)
  const height = pdf.heightOfString(heading, { width: contentWidth })
  // Keep a heading with the first lines that follow it.
  ensure(pdf, height + 60)
  if (pdf.y > page.margin) pdf.y += level === 1 ? 10 : 8
  const top = pdf.y
  pdf.fillColor(colours.heading).text(heading, page.margin, top, { width: contentWidth })
  pdf.y += 6
  return top
}

function writeBlock(pdf: Pdf, block: Block) {
  switch (block.type) {
    case 'paragraph':
      writeRuns(pdf, block.runs, sizes.body)
      break
    case 'quote':
      writeQuote(pdf, block.text, block.source)
      break
    case 'difference':
      setFace(pdf, 'bold').fontSize(sizes.body)
      ensure(pdf, 4 * sizes.body * 1.3)
      pdf.fillColor(colours.text).text(block.caption, page.margin, pdf.y, { width: contentWidth })
      pdf.y += 2
      writeRuns(
        pdf,
        [{ text: differenceLegend.removed, change: 'removed' }, { text: ' · ' }, { text: differenceLegend.added, change: 'added' }],
        sizes.small,
        2,
      )
      writeRuns(pdf, block.runs, sizes.body)
      break
    case 'fields':
      writeTable(pdf, { rows: block.rows.map((row) => [row.label, row.value]), widths: [0.28, 0.72], hasLabelColumn: true })
      break
    case 'table':
      if (block.caption) {
        setFace(pdf, 'bold').fontSize(sizes.body)
        ensure(pdf, 4 * sizes.body * 1.3)
        pdf.fillColor(colours.text).text(block.caption, page.margin, pdf.y, { width: contentWidth })
        pdf.y += 2
      }
      writeTable(pdf, {
        header: block.columns,
        rows: block.rows,
        widths: columnShares(block.columns, block.rows, contentWidth / (sizes.table * 0.55)),
      })
      break
    case 'note':
      writeRuns(pdf, [{ text: block.text, italic: true }], sizes.small, 8, colours.muted)
      break
  }
}

/** Runs flow as one paragraph; a removed run is struck through and red, an added one underlined and green. */
function writeRuns(pdf: Pdf, runs: TextRun[], size: number, after = 8, colour = colours.text) {
  const visible = runs.filter((run) => run.text.length > 0)
  if (visible.length === 0) return
  pdf.fontSize(size)
  ensure(pdf, 2 * size * 1.3)
  visible.forEach((run, index) => {
    setFace(pdf, faceOf(run)).fillColor(run.change === 'removed' ? colours.removed : run.change === 'added' ? colours.added : colour)
    const options = {
      width: contentWidth,
      continued: index < visible.length - 1,
      strike: run.change === 'removed',
      underline: run.change === 'added',
    }
    if (index === 0) pdf.text(run.text, page.margin, pdf.y, options)
    else pdf.text(run.text, options)
  })
  pdf.x = page.margin
  pdf.y += after
}

function writeQuote(pdf: Pdf, text: string, source?: string) {
  const indent = 14
  const width = contentWidth - indent
  setFace(pdf, 'italic').fontSize(sizes.body)
  const height = pdf.heightOfString(text, { width })
  const fits = height < bottomLimit - page.margin
  if (fits) ensure(pdf, height + 20)
  const top = pdf.y
  pdf.fillColor(colours.text).text(text, page.margin + indent, top, { width })
  // The bar beside the quote, when the quote stayed on one page.
  if (fits)
    pdf
      .save()
      .lineWidth(2)
      .strokeColor(colours.rule)
      .moveTo(page.margin + 3, top)
      .lineTo(page.margin + 3, pdf.y)
      .stroke()
      .restore()
  if (source)
    setFace(pdf, 'regular')
      .fontSize(sizes.small)
      .fillColor(colours.muted)
      .text(source, page.margin + indent, pdf.y + 2, { width })
  pdf.x = page.margin
  pdf.y += 8
}

type TableLayout = { header?: string[]; rows: string[][]; widths: number[]; hasLabelColumn?: boolean }

/**
 * Rows are wrapped into lines first, then drawn; a row that does not fit goes to the next
 * page, under a repeated header, and a row taller than a page is split across pages.
 */
function writeTable(pdf: Pdf, table: TableLayout) {
  pdf.fontSize(sizes.table)
  const lineHeight = sizes.table * 1.3
  const widths = table.widths.map((share) => share * contentWidth)
  const wrapRow = (cells: string[], isHeader: boolean) =>
    widths.map((width, column) => {
      const face = isHeader || (table.hasLabelColumn && column === 0) ? 'bold' : 'regular'
      setFace(pdf, face)
      return wrap(pdf, cells[column] ?? '', width - 2 * cellPadding, measurer(pdf, face, sizes.table))
    })
  const header = table.header ? wrapRow(table.header, true) : undefined
  const headerHeight = header ? Math.max(...header.map((lines) => lines.length)) * lineHeight + 2 * cellPadding : 0
  const drawHeader = () => {
    if (header) drawRow(pdf, header, widths, 0, Math.max(...header.map((lines) => lines.length)), lineHeight, () => true)
  }
  ensure(pdf, headerHeight + lineHeight + 2 * cellPadding)
  drawHeader()
  const pageCapacity = Math.floor((bottomLimit - page.margin - headerHeight - 2 * cellPadding) / lineHeight)
  const isShaded = (column: number) => Boolean(table.hasLabelColumn && column === 0)
  const continueOnNewPage = () => {
    newPage(pdf)
    drawHeader()
  }
  for (const row of table.rows) {
    const lines = wrapRow(row, false)
    const lineCount = Math.max(1, ...lines.map((cell) => cell.length))
    let offset = 0
    while (offset < lineCount) {
      const room = Math.floor((bottomLimit - pdf.y - 2 * cellPadding) / lineHeight)
      const left = lineCount - offset
      // A row moves whole to the next page when it fits on one; only a taller row is split.
      if (left > room && ((offset === 0 && left <= pageCapacity) || room < 2)) {
        continueOnNewPage()
        continue
      }
      const take = Math.min(left, room)
      drawRow(pdf, lines, widths, offset, take, lineHeight, isShaded)
      offset += take
      if (offset < lineCount) continueOnNewPage()
    }
  }
  pdf.x = page.margin
  pdf.y += 10
}

function drawRow(
  pdf: Pdf,
  lines: string[][],
  widths: number[],
  offset: number,
  count: number,
  lineHeight: number,
  isShaded: (column: number) => boolean,
) {
  const top = pdf.y
  const height = count * lineHeight + 2 * cellPadding
  let x = page.margin
  widths.forEach((width, column) => {
    const shaded = isShaded(column)
    if (shaded) pdf.rect(x, top, width, height).fill(colours.fill)
    pdf.lineWidth(0.5).rect(x, top, width, height).stroke(colours.rule)
    setFace(pdf, shaded ? 'bold' : 'regular').fillColor(colours.text)
    const cellLines = lines[column] ?? []
    cellLines.slice(offset, offset + count).forEach((line, index) => {
      if (line) pdf.text(line, x + cellPadding, top + cellPadding + index * lineHeight, { lineBreak: false })
    })
    x += width
  })
  pdf.x = page.margin
  pdf.y = top + height
}

/**
 * The width of a text in the face and size just set, remembered per document: a consolidated document
 * wraps the same delegation names and words thousands of times, and fontkit lays each out anew.
 */
const widthCaches = new WeakMap<Pdf, Map<string, number>>()

function measurer(pdf: Pdf, face: Face, size: number): (text: string) => number {
  let cache = widthCaches.get(pdf)
  if (!cache) widthCaches.set(pdf, (cache = new Map()))
  const widths = cache
  return (text) => {
    const key = `${face}\u0000${size}\u0000${text}`
    let width = widths.get(key)
    if (width === undefined) widths.set(key, (width = pdf.widthOfString(text)))
    return width
  }
}

/** Breaks a cell's text into lines that fit `width`: at spaces, at line breaks, and inside a word longer than the cell (a SHA-256). */
function wrap(pdf: Pdf, text: string, width: number, widthOf: (text: string) => number): string[] {
  const lines: string[] = []
  const space = widthOf(' ')
  for (const paragraph of text.split('\n')) {
    let line = ''
    let lineWidth = 0
    for (const word of paragraph.split(' ')) {
      const wordWidth = widthOf(word)
      if (line && lineWidth + space + wordWidth <= width) {
        line += ` ${word}`
        lineWidth += space + wordWidth
        continue
      }
      if (line) lines.push(line)
      line = word
      lineWidth = wordWidth
      while (lineWidth > width && line.length > 1) {
        let cut = line.length - 1
        while (cut > 1 && pdf.widthOfString(line.slice(0, cut)) > width) cut--
        lines.push(line.slice(0, cut))
        line = line.slice(cut)
        lineWidth = pdf.widthOfString(line)
      }
    }
    lines.push(line)
  }
  return lines
}
