'use client'

import type { RefObject } from 'react'

import type { FormState } from '@/lib/auth/form-action'

import { Notice } from './notice'
import { useAnswerFocus } from './use-answer-focus'

/** The server's answer above a form, focused once it comes (see useAnswerFocus); nothing while the action runs. */
export function FormAnswer({ state, isPending, form }: { state: FormState; isPending: boolean; form: RefObject<HTMLFormElement | null> }) {
  const ref = useAnswerFocus(state, form)
  if (isPending) return null
  if (state.formError)
    return (
      <Notice ref={ref} tone="error">
        {state.formError}
      </Notice>
    )
  return state.ok && state.message ? (
    <Notice ref={ref} tone="success">
      {state.message}
    </Notice>
  ) : null
}
