/**
 * The shared text refinement, over generated text: what it accepts Postgres
 * can store unchanged (no NUL, no lone surrogate survives the UTF-8 round
 * trip changed), and every text schema built on it answers with issues,
 * never by throwing, whatever it is given.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { invitationInputSchema, acceptInvitationSchema } from '@/lib/accounts/invitations'
import { createCommentSchema, editCommentSchema } from '@/lib/comments/comment-schemas'
import { positionDraftSchema } from '@/lib/positions/position-schemas'
import { clarificationReplySchema, requestClarificationSchema, reviewerNoteSchema } from '@/lib/review/review-schemas'
import { statusDraftSchema } from '@/lib/statuses/status-schemas'

import { isStorableText, storableText, UNSTORABLE_TEXT_MESSAGE, withoutUnstorable } from './text'

const anyText = fc.string({ unit: 'binary', maxLength: 60 })
const utf8RoundTrips = (text: string) => Buffer.from(text, 'utf8').toString('utf8') === text

describe('storable text', () => {
  it('accepts exactly the text that has no NUL or other control character and survives UTF-8 unchanged', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const hasControl = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)
        expect(isStorableText(text)).toBe(!hasControl && utf8RoundTrips(text))
      }),
      { numRuns: 500 },
    )
  })

  it('keeps tabs, line breaks, accents, emoji, right-to-left text and its marks', () => {
    for (const text of ['a\tb\r\nc', 'Götz', 'Côte d’Ivoire 😀', 'الهجرة', 'a\u200Fb\u202Bc\u202E']) expect(isStorableText(text)).toBe(true)
    for (const text of ['\u0000', 'a\u0000', '\uD800', 'x\uDC00', '\u0007', '\u007F']) expect(isStorableText(text)).toBe(false)
  })

  it('strips what it refuses, and nothing else', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const stripped = withoutUnstorable(text)
        expect(isStorableText(stripped)).toBe(true)
        if (isStorableText(text)) expect(stripped).toBe(text)
      }),
      { numRuns: 300 },
    )
  })

  it('refuses beside the field with one message, and chains like z.string()', () => {
    const schema = storableText().trim().min(1, 'Write something.').max(5)
    expect(schema.safeParse('a\u0000').error?.issues).toMatchObject([{ path: [], message: UNSTORABLE_TEXT_MESSAGE }])
    expect(schema.safeParse(' ab ').data).toBe('ab')
    expect(schema.safeParse(' ').error?.issues[0]?.message).toBe('Write something.')
  })
})

const field = fc.oneof(anyText, fc.constant('x'.repeat(20_000)), fc.constantFrom(undefined, null, 1, [], {}))
const schemas = {
  positionDraftSchema,
  statusDraftSchema,
  createCommentSchema,
  editCommentSchema,
  requestClarificationSchema,
  reviewerNoteSchema,
  clarificationReplySchema,
  invitationInputSchema,
  acceptInvitationSchema,
}

describe('every text schema under generated input', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name} never throws, and what it accepts holds only storable text`, () => {
      const keys = Object.keys((schema as unknown as { shape?: object }).shape ?? {}).concat(
        'itemCode rationale proposedWording evidence body question name email token visibility'.split(' '),
      )
      fc.assert(
        fc.property(fc.record(Object.fromEntries(keys.map((key) => [key, field]))), (input) => {
          const parsed = schema.safeParse(input)
          if (!parsed.success) {
            expect(parsed.error.issues.length).toBeGreaterThan(0)
            return
          }
          for (const value of Object.values(parsed.data as Record<string, unknown>)) {
            if (typeof value === 'string') expect(isStorableText(value)).toBe(true)
          }
        }),
        { numRuns: 100 },
      )
    })
  }
})
