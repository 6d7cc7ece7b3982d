import { describe, expect, it } from 'vitest'
import { locateQuote } from './locate-quote'
import { segmentParagraph } from './segment-paragraph'

const plain = (text: string) => ({ text, highlighted: false })
const marked = (text: string) => ({ text, highlighted: true })

const lead = 'He suggested options:'
const itemA = '- a) The summary outcome;'
const itemB = '- b) The roundtables;'
const itemC = '- c) The Working Group.'
const paragraph = [lead, itemA, itemB, itemC].join('\n')

describe('segmentParagraph', () => {
  it('renders a paragraph without a list as one text block', () => {
    expect(segmentParagraph('Just a lead.')).toEqual([{ kind: 'text', segments: [plain('Just a lead.')] }])
  })

  it('returns no blocks for an empty text', () => {
    expect(segmentParagraph('')).toEqual([])
  })

  it('turns "- " lines into one list, stripping the marker and keeping the item letters', () => {
    expect(segmentParagraph(paragraph)).toEqual([
      { kind: 'text', segments: [plain(lead)] },
      { kind: 'list', items: [[plain('a) The summary outcome;')], [plain('b) The roundtables;')], [plain('c) The Working Group.')]] },
    ])
  })

  it('keeps a lead line that only looks like a list ("-" without a space, or a dash later on)', () => {
    expect(segmentParagraph('-5 degrees - cold\n- item')).toEqual([
      { kind: 'text', segments: [plain('-5 degrees - cold')] },
      { kind: 'list', items: [[plain('item')]] },
    ])
  })

  it('splits a text block around the highlight', () => {
    const text = 'The Compact must protect migrants.'
    const highlight = { start: 4, end: 11 }
    expect(segmentParagraph(text, { highlight })).toEqual([
      { kind: 'text', segments: [plain('The '), marked('Compact'), plain(' must protect migrants.')] },
    ])
  })

  it('marks a whole line when the highlight covers it', () => {
    const highlight = { start: 0, end: lead.length }
    expect(segmentParagraph(paragraph, { highlight })[0]).toEqual({ kind: 'text', segments: [marked(lead)] })
  })

  it('marks one whole list item', () => {
    const highlight = locateQuote(paragraph, 'b) The roundtables;')
    expect(segmentParagraph(paragraph, { highlight })[1]).toEqual({
      kind: 'list',
      items: [[plain('a) The summary outcome;')], [marked('b) The roundtables;')], [plain('c) The Working Group.')]],
    })
  })

  it('spreads a highlight spanning several list items over each of them, leaving the markers out', () => {
    const highlight = locateQuote(paragraph, 'summary outcome; b) The roundtables; c) The Working')
    expect(segmentParagraph(paragraph, { highlight })).toEqual([
      { kind: 'text', segments: [plain(lead)] },
      {
        kind: 'list',
        items: [
          [plain('a) The '), marked('summary outcome;')],
          [marked('b) The roundtables;')],
          [marked('c) The Working'), plain(' Group.')],
        ],
      },
    ])
  })

  it('spreads a highlight from the lead into the list', () => {
    const highlight = locateQuote(paragraph, 'options: a) The summary')
    expect(segmentParagraph(paragraph, { highlight }).slice(0, 2)).toEqual([
      { kind: 'text', segments: [plain('He suggested '), marked('options:')] },
      {
        kind: 'list',
        items: [[marked('a) The summary'), plain(' outcome;')], [plain('b) The roundtables;')], [plain('c) The Working Group.')]],
      },
    ])
  })

  it('ignores an empty or missing highlight', () => {
    const unmarked = segmentParagraph(paragraph)
    expect(segmentParagraph(paragraph, { highlight: null })).toEqual(unmarked)
    expect(segmentParagraph(paragraph, { highlight: { start: 5, end: 5 } })).toEqual(unmarked)
  })

  it('inserts footnote markers right after the cited word', () => {
    const text = 'The Global Compact (GCM) aimed at governance.'
    const offset = text.indexOf(' aimed')
    expect(segmentParagraph(text, { footnoteRefs: [{ footnote: 1, offset }] })).toEqual([
      { kind: 'text', segments: [plain('The Global Compact (GCM)'), { footnote: 1 }, plain(' aimed at governance.')] },
    ])
  })

  it('puts a footnote at the end of a list item into that item, not the next', () => {
    const offset = paragraph.indexOf('\n- b)')
    expect(segmentParagraph(paragraph, { footnoteRefs: [{ footnote: 3, offset }] })[1]).toEqual({
      kind: 'list',
      items: [[plain('a) The summary outcome;'), { footnote: 3 }], [plain('b) The roundtables;')], [plain('c) The Working Group.')]],
    })
  })

  it('places a footnote at the end of the text and keeps citations of one word in order', () => {
    const text = 'Ends here.'
    const footnoteRefs = [
      { footnote: 4, offset: 10 },
      { footnote: 2, offset: 4 },
      { footnote: 3, offset: 10 },
    ]
    expect(segmentParagraph(text, { footnoteRefs })).toEqual([
      { kind: 'text', segments: [plain('Ends'), { footnote: 2 }, plain(' here.'), { footnote: 4 }, { footnote: 3 }] },
    ])
  })

  it('splits the highlight around a footnote inside it', () => {
    const text = 'safe access to services, etc. irrespective of status'
    const offset = text.indexOf(', etc.')
    const highlight = { start: text.indexOf('access'), end: text.indexOf(' of status') }
    expect(segmentParagraph(text, { highlight, footnoteRefs: [{ footnote: 3, offset }] })).toEqual([
      {
        kind: 'text',
        segments: [plain('safe '), marked('access to services'), { footnote: 3 }, marked(', etc. irrespective'), plain(' of status')],
      },
    ])
  })

  it('keeps footnotes that fall outside the text on the nearest line', () => {
    const footnoteRefs = [
      { footnote: 1, offset: 0 },
      { footnote: 2, offset: paragraph.length + 5 },
    ]
    const blocks = segmentParagraph(paragraph, { footnoteRefs })
    expect(blocks[0]).toEqual({ kind: 'text', segments: [{ footnote: 1 }, plain(lead)] })
    expect(blocks[1]).toMatchObject({
      kind: 'list',
      items: [expect.anything(), expect.anything(), [plain('c) The Working Group.'), { footnote: 2 }]],
    })
  })

  it('opens a paragraph with no lead text straight with its list', () => {
    expect(segmentParagraph('\n- only item')).toEqual([{ kind: 'list', items: [[plain('only item')]] }])
  })
})
