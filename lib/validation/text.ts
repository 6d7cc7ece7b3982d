/**
 * Text a person may store. Postgres refuses a NUL byte in text, and silently
 * turns a lone UTF-16 surrogate into U+FFFD; neither is typed by anyone, so
 * every text schema refuses them beside the field (forms), and every filter
 * read from an address drops them (links), before a query ever sees them.
 * No 'server-only': the forms' schemas use it in the browser too.
 */
import { z } from 'zod'

// C0 controls other than tab, line feed and carriage return, DEL, and surrogates not in a pair.
const unstorable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export const UNSTORABLE_TEXT_MESSAGE = 'Remove the control characters (such as NUL) from this text: they cannot be stored.'

export function isStorableText(text: string): boolean {
  return !unstorable.test(text)
}

/** The same text without what could not be stored: for search parameters, which are never shown back as an error. */
export function withoutUnstorable(text: string): string {
  return text.replace(new RegExp(unstorable.source, 'g'), '')
}

/** A string schema that refuses what Postgres cannot store; chain `.trim()`, `.max()` and the rest as on `z.string()`. */
export function storableText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
}
