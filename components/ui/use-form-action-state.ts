'use client'

import { useActionState, useCallback, useSyncExternalStore } from 'react'

import type { FormState } from '@/lib/auth/form-action'
import { BUSY_MESSAGE } from '@/lib/http/admission.mjs'
import { formValues } from '@/lib/http/form-values'

const NOT_REACHED_MESSAGE = 'The workspace did not answer, so this may not have been saved. Your text is kept: try again in a few seconds.'

const subscribeToNothing = () => () => {}

/**
 * useActionState for a server action's form, which also keeps the person's text when the action never ran: the
 * server refused it for load (503, whose text Next.js throws as the error), or could not be reached. Unhandled, that
 * error would replace the page with the error page and lose what was typed. The form gets the values back as from any
 * other refusal, so React's reset after the action puts them into the fields again.
 *
 * The server renders, and the browser hydrates, with the server action itself, so the form still posts without
 * JavaScript; once hydrated it calls the action through the catch (React takes the action of the latest render).
 */
export function useFormActionState<State extends FormState>(action: (previous: State, formData: FormData) => Promise<State>) {
  const isHydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  )
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
  return useActionState<State, FormData>(isHydrated ? keptAction : action, { ok: false } as Awaited<State>)
}
