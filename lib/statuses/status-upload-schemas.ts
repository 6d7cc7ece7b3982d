/**
 * What the confirmation of a spreadsheet upload sends: the previewed changes,
 * as the status form's fields hold them, checked again with the form's own
 * schema (the server never trusts that they are what it previewed; every
 * save is still based on its row's version). No 'server-only': the preview
 * form writes them.
 */
import { z } from 'zod'

import type { FormState } from '@/lib/auth/form-action'
import type { ImplementationState } from '@/lib/generated/prisma/enums'

import { statusDraftSchema } from './status-schemas'
import type { StatusUploadPreview, StatusUploadResult } from './status-spreadsheet'

/** A file bigger than this is not a delegation's statuses (75 items are a few dozen kilobytes). */
export const MAX_STATUS_FILE_BYTES = 2 * 1024 * 1024
/** More rows than this is not the downloaded sheet either. */
export const MAX_STATUS_ROWS = 1000

/** One change as the status form would send it: links one per line, '' for no date and for a first status. */
export type StatusChangeInput = {
  itemCode: string
  state: ImplementationState
  evidence: string
  links: string
  asOf: string
  baseVersion: string
}

const invalid = 'The preview could not be read back. Upload the file again.'

export const confirmStatusUploadSchema = z.object({
  changes: z
    .string({ error: invalid })
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown
      } catch {
        context.addIssue({ code: 'custom', message: invalid })
        return z.NEVER
      }
    })
    .pipe(z.array(statusDraftSchema, { error: invalid }).min(1, 'There is nothing to write.').max(MAX_STATUS_ROWS, invalid)),
})

/** The upload form's answer: the preview of what the file would change. */
export type StatusUploadState = FormState & { preview?: StatusUploadPreview }

/** The confirmation's answer: what was written, and what had changed meanwhile. */
export type StatusConfirmState = FormState & { result?: StatusUploadResult }
