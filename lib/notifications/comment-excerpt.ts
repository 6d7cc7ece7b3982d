/**
 * A comment as a line of plain text, for a notification that points at it:
 * the Markdown read as text, cut on a word boundary.
 */
import { fromMarkdown } from 'mdast-util-from-markdown'

export const EXCERPT_LENGTH = 160

/** The part of a Markdown tree this reads: text-bearing leaves, images' alt text, and containers. */
type MarkdownNode = { type: string; value?: string; alt?: string | null; children?: MarkdownNode[] }

// Containers whose children run on in one line; the others (lists, quotes, the document) hold blocks, kept apart by a space.
const inlineContainers = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell'])

function plainText(node: MarkdownNode): string {
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? ''
  if (node.type === 'break') return ' '
  if (typeof node.value === 'string') return node.value
  const parts = (node.children ?? []).map(plainText)
  return parts.join(inlineContainers.has(node.type) ? '' : ' ')
}

/** The comment's words without Markdown, at most `length` characters, cut between words and ended with an ellipsis. */
export function commentExcerpt(body: string, length = EXCERPT_LENGTH): string {
  const text = plainText(fromMarkdown(body)).replace(/\s+/g, ' ').trim()
  if (text.length <= length) return text
  const room = text.slice(0, length) // the ellipsis takes the last place
  const lastSpace = room.lastIndexOf(' ')
  // One very long word (an address) is cut inside it rather than leaving almost nothing.
  const cut = lastSpace > length / 2 ? room.slice(0, lastSpace) : room.slice(0, length - 1)
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`
}
