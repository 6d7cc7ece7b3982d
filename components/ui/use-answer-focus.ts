'use client'

import { useEffect, useRef } from 'react'

/**
 * Focus for a form's answer. While the action runs its button is disabled,
 * so the browser drops focus to the top of the page; once the answer comes,
 * focus goes to the first field to correct or, failing one, to the answer's
 * message (a Notice given the returned ref).
 */
export function useAnswerFocus(
  answer: { ok: boolean; formError?: string; message?: string; fieldErrors?: object },
  form: { current: HTMLElement | null },
) {
  const messageRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const invalidField = answer.fieldErrors ? form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') : null
    if (invalidField) invalidField.focus()
    else if (answer.formError || (answer.ok && answer.message)) messageRef.current?.focus()
  }, [answer, form])
  return messageRef
}
