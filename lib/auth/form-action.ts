/**
 * Server actions are public endpoints: each goes through `formAction`, which
 * re-checks the session and the permission, validates the form with the same
 * zod schema the form uses, and answers `{ ok }` or `{ errors }` for
 * useActionState — with the submitted values, so nothing typed is lost.
 */
import 'server-only'

import { unstable_rethrow } from 'next/navigation'
import type { z } from 'zod'

import { authorize } from './authorize'
import { INTERNAL_ERROR_MESSAGE, toAppError } from '@/lib/errors'
import { formValues } from '@/lib/http/form-values'
import { getViewer } from './guard'
import type { Permission } from './permissions'
import type { Viewer } from './viewer'

export type FormState = {
  ok: boolean
  message?: string
  formError?: string
  fieldErrors?: Record<string, string[]>
  values?: Record<string, string>
}

const UNREADABLE_FORM = 'This form could not be read. Reload the page and try again.'

type Handler<Schema extends z.ZodType, State, Who> = (input: z.infer<Schema>, viewer: Who) => Promise<NoInfer<State> | void>
type Action<State> = (previous: State, formData: FormData) => Promise<State>

/**
 * Wraps a form's server action. `State` may add optional fields to FormState
 * for what a form shows after success (e.g. an invitation link).
 */
export function formAction<Schema extends z.ZodType, State extends FormState = FormState>(
  options: { permission?: Permission; schema: Schema },
  handler: Handler<Schema, State, Viewer>,
): Action<State>
/** For forms signed-out visitors use (sign-in, accepting an invitation). */
export function formAction<Schema extends z.ZodType, State extends FormState = FormState>(
  options: { schema: Schema; signedIn: false },
  handler: Handler<Schema, State, Viewer | null>,
): Action<State>
export function formAction<Schema extends z.ZodType, State extends FormState = FormState>(
  options: { permission?: Permission; schema: Schema; signedIn?: false },
  handler: Handler<Schema, State, Viewer> | Handler<Schema, State, Viewer | null>,
): Action<State> {
  return async (_previous, formData) => {
    // A crafted request can hand the action anything Next decodes (a string, nothing); only a browser's form is read.
    if (!(formData instanceof FormData)) return { ok: false, formError: UNREADABLE_FORM } as State
    const values = formValues(formData)
    // Failures carry only FormState's own fields, which every State has.
    const failed = (state: Omit<FormState, 'ok' | 'values'>) => ({ ok: false, values, ...state }) as State
    try {
      const viewer =
        options.signedIn === false
          ? await getViewer()
          : authorize(await getViewer(), 'permission' in options ? options.permission : undefined)
      const parsed = options.schema.safeParse(Object.fromEntries(formData.entries()))
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {}
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? 'form')
          ;(fieldErrors[field] ??= []).push(issue.message)
        }
        return failed({ formError: 'Please correct the fields marked below.', fieldErrors })
      }
      return ((await (handler as Handler<Schema, State, Viewer | null>)(parsed.data, viewer)) ?? { ok: true, values }) as State
    } catch (error) {
      // Redirects, notFound() and forbidden() are Next's control flow, not failures.
      unstable_rethrow(error)
      const appError = toAppError(error)
      if (appError) return failed({ formError: appError.message, fieldErrors: appError.fieldErrors })
      console.error(error)
      return failed({ formError: INTERNAL_ERROR_MESSAGE })
    }
  }
}
