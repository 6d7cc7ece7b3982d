'use server'

/**
 * The statuses spreadsheet's two steps. Both are public endpoints: formAction
 * re-checks the session and the permission and validates the form; lib takes
 * the delegation from the viewer, never from the file or the form.
 */
import { revalidatePath } from 'next/cache'
import { z } from 'zod'

import { formAction } from '@/lib/auth/form-action'
import { getDb } from '@/lib/db'
import { confirmStatusUpload, previewStatusUpload } from '@/lib/statuses/status-spreadsheet'
import {
  confirmStatusUploadSchema,
  MAX_STATUS_FILE_BYTES,
  type StatusConfirmState,
  type StatusUploadState,
} from '@/lib/statuses/status-upload-schemas'

const uploadSchema = z.object({
  file: z
    .instanceof(File, { error: 'Choose the spreadsheet to upload.' })
    .refine((file) => file.size > 0, 'Choose the spreadsheet to upload.')
    .refine((file) => file.size <= MAX_STATUS_FILE_BYTES, 'This file is over 2 MB: it is not the statuses spreadsheet.'),
})

/** Reads the file and answers with its preview; writes nothing. */
export const previewStatusUploadAction = formAction<typeof uploadSchema, StatusUploadState>(
  { permission: 'draft.edit', schema: uploadSchema },
  async ({ file }, viewer) => {
    const preview = await previewStatusUpload(getDb(), viewer, new Uint8Array(await file.arrayBuffer()))
    return { ok: true, message: `Preview of ${file.name}: nothing is saved yet.`, preview }
  },
)

function statuses(count: number): string {
  return `${count} ${count === 1 ? 'status' : 'statuses'}`
}

/** Writes the previewed changes, each on top of its row's version; reports what was written and what conflicted meanwhile. */
export const confirmStatusUploadAction = formAction<typeof confirmStatusUploadSchema, StatusConfirmState>(
  { permission: 'draft.edit', schema: confirmStatusUploadSchema },
  async ({ changes }, viewer) => {
    const result = await confirmStatusUpload(getDb(), viewer, changes)
    revalidatePath('/delegation')
    const written = result.written.map(({ itemCode, version }) => `${itemCode} (version ${version})`)
    return { ok: true, message: `Saved ${statuses(written.length)}${written.length > 0 ? `: ${written.join(', ')}` : ''}.`, result }
  },
)
