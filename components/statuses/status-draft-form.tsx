'use client'

import { DraftForm } from '@/components/drafts/draft-form'
import { Field } from '@/components/ui/field'
import { cn } from '@/lib/cn'
import { MAX_DRAFT_TEXT } from '@/lib/drafts/draft-schemas'
import type { DraftFormState, DraftSnapshot } from '@/lib/drafts/draft-snapshot'
import type { ImplementationState } from '@/lib/generated/prisma/enums'
import {
  implementationStateLabels,
  implementationStates,
  MAX_LINKS,
  statusFormValues,
  type StatusContent,
} from '@/lib/statuses/status-schemas'

import { statusView } from './status-view'

type StatusDraftFormProps = {
  action: (previous: DraftFormState<StatusContent>, formData: FormData) => Promise<DraftFormState<StatusContent>>
  itemCode: string
  draft: DraftSnapshot<StatusContent> | null
}

function stateOf(value: string | undefined): ImplementationState {
  return (implementationStates as readonly string[]).includes(value ?? '') ? (value as ImplementationState) : 'not_started'
}

/** The links box's lines, as the conflict view shows them. */
function linkLines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** The implementation status's own fields in the draft form: state, as-of date, evidence, links. */
export function StatusDraftForm({ action, itemCode, draft }: StatusDraftFormProps) {
  return (
    <DraftForm
      action={action}
      itemCode={itemCode}
      draft={draft}
      formValues={statusFormValues}
      contentOf={(values) => ({
        state: stateOf(values.state),
        evidence: values.evidence ?? '',
        links: linkLines(values.links),
        asOf: /^\d{4}-\d{2}-\d{2}$/.test(values.asOf ?? '') ? (values.asOf ?? null) : null,
      })}
      render={(status) => statusView.content(status, { itemText: '', className: 'mt-3' })}
      submitLabel="Save status"
      fields={(values, errors) => (
        <>
          <div className="grid gap-5 sm:grid-cols-2">
            <Field idPrefix="status" name="state" label="State" errors={errors?.state}>
              {(props) => (
                // Keyed by the value so a new default is applied: React sets a select's default only when it mounts.
                <select
                  key={stateOf(values.state)}
                  defaultValue={stateOf(values.state)}
                  {...props}
                  className={cn(props.className, 'h-11 sm:h-10')}
                >
                  {implementationStates.map((option) => (
                    <option key={option} value={option}>
                      {implementationStateLabels[option]}
                    </option>
                  ))}
                </select>
              )}
            </Field>

            <Field idPrefix="status" name="asOf" label="As of (optional)" hint="The date this status describes." errors={errors?.asOf}>
              {(props) => (
                <input
                  type="date"
                  key={values.asOf}
                  defaultValue={values.asOf ?? ''}
                  {...props}
                  className={cn(props.className, 'h-11 sm:h-10')}
                />
              )}
            </Field>
          </div>

          <Field
            idPrefix="status"
            name="evidence"
            label="Evidence"
            hint="What your delegation already does: laws, programmes, budgets. Only your delegation sees the draft."
            errors={errors?.evidence}
          >
            {(props) => (
              <textarea
                rows={5}
                maxLength={MAX_DRAFT_TEXT}
                defaultValue={values.evidence ?? ''}
                {...props}
                className={cn(props.className, 'py-2')}
              />
            )}
          </Field>

          <Field
            idPrefix="status"
            name="links"
            label="Links (optional)"
            hint={`One web address per line, starting with https:// or http://; at most ${MAX_LINKS}.`}
            errors={errors?.links}
          >
            {(props) => (
              <textarea rows={3} defaultValue={values.links ?? ''} {...props} className={cn(props.className, 'py-2 font-mono')} />
            )}
          </Field>
        </>
      )}
    />
  )
}
