/** What the submission page's forms send, checked by the same schemas wherever input arrives. */
import { z } from 'zod'

const reload = 'Reload the page and try again.'

/** The version the focal point saw as the next one: a submission by someone else in between is refused, not doubled. */
export const submitSchema = z.object({ nextVersion: z.coerce.number({ error: reload }).int().positive(reload) })

/** A checkbox per comment, named `comment-<id>`: the ids of those ticked. */
export const commentSelectionSchema = z
  .record(z.string(), z.unknown())
  .transform((fields) => ({
    comments: Object.keys(fields).flatMap((name) => (name.startsWith('comment-') ? [name.slice('comment-'.length)] : [])),
  }))
  .pipe(z.object({ comments: z.array(z.string().regex(/^[a-z0-9]{10,40}$/, reload)).max(10_000) }))
