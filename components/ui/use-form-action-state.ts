'use client'

import { useActionState, useCallback } from 'react'

import type { FormState } from '@/lib/auth/form-action'
import { BUSY_MESSAGE } from '@/lib/http/admission.mjs'
import { formValues } from '@/lib/http/form-values'

const NOT_REACHED_MESSAGE = 'The workspace did not answer, so this may not have been saved. Your text is kept: try again in a few seconds.'

/**
 * useActionState for a server action's form, which also keeps the person's text when the action never ran: the
 * server refused it for load (503, whose text Next.js throws as the error), or could not be reached. Unhandled, that
 * error would replace the page with the error page and lose what was typed. The form gets the values back as from any
 * other refusal, so React's reset after the action puts them into the fields again.
 */
export function useFormActionState<State extends FormState>(action: (previous: State, formData: FormData) => Promise<State>) {
  const keptAction = useCallback(
    async (previous: State, formData: FormData): Promise<State> => {
      try {
        return await action(previous, formData)
      } catch (error) {
        const formError = error instanceof Error && error.message === BUSY_MESSAGE ? BUSY_MESSAGE : NOT_REACHED_MESSAGE
        return { ok: false, formError, values: formValues(formData) } as State
      }
    },
    [action],
  )
  return useActionState<State, FormData>(keptAction, { ok: false } as Awaited<State>)
}
