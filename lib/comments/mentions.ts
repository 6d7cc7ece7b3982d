/**
 * @mentions: `@` followed by a person's full email address, e.g.
 * `@dieter.delegierter@auswaertiges-amt.de`. An address is unambiguous and
 * needs no handle to be kept; who it reaches is decided in comments.ts, by the
 * reading rule.
 */

// Not preceded by a word character, so "a@b.org" inside a plain address is not a mention of "b.org".
const MENTION = /(?<![\w@.+-])@([a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/gi

/** The addresses mentioned in a comment, lower-cased (as stored), each once, in order of appearance. */
export function parseMentions(body: string): string[] {
  const emails = new Set<string>()
  for (const match of body.matchAll(MENTION)) {
    const email = match[1]
    if (email) emails.add(email.toLowerCase())
  }
  return [...emails]
}
