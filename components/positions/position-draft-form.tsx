'use client'

import { DraftForm } from '@/components/drafts/draft-form'
import { Field } from '@/components/ui/field'
import { cn } from '@/lib/cn'
import { MAX_DRAFT_TEXT } from '@/lib/drafts/draft-schemas'
import type { DraftFormState, DraftSnapshot } from '@/lib/drafts/draft-snapshot'
import type { Stance } from '@/lib/generated/prisma/enums'
import { positionFormValues, stanceLabels, stances, type PositionContent } from '@/lib/positions/position-schemas'

import { positionView } from './position-view'

type PositionDraftFormProps = {
  action: (previous: DraftFormState<PositionContent>, formData: FormData) => Promise<DraftFormState<PositionContent>>
  itemCode: string
  draft: DraftSnapshot<PositionContent> | null
}

function stanceOf(value: string | undefined): Stance {
  return (stances as readonly string[]).includes(value ?? '') ? (value as Stance) : 'no_position'
}

/** The position's own fields in the draft form: stance, rationale, proposed wording. */
export function PositionDraftForm({ action, itemCode, draft }: PositionDraftFormProps) {
  return (
    <DraftForm
      action={action}
      itemCode={itemCode}
      draft={draft}
      formValues={positionFormValues}
      contentOf={(values) => ({
        stance: stanceOf(values.stance),
        rationale: values.rationale ?? '',
        proposedWording: values.proposedWording || null,
      })}
      render={(position) => positionView.content(position, { itemText: '', className: 'mt-3' })}
      submitLabel="Save draft"
      fields={(values, errors) => (
        <>
          <Field idPrefix="position" name="stance" label="Stance" errors={errors?.stance}>
            {(props) => (
              // Keyed by the value so a new default is applied: React sets a select's default only when it mounts.
              <select
                key={stanceOf(values.stance)}
                defaultValue={stanceOf(values.stance)}
                {...props}
                className={cn(props.className, 'h-11 sm:h-10')}
              >
                {stances.map((option) => (
                  <option key={option} value={option}>
                    {stanceLabels[option]}
                  </option>
                ))}
              </select>
            )}
          </Field>

          <Field
            idPrefix="position"
            name="rationale"
            label="Rationale"
            hint="Why your delegation takes this stance. Only your delegation sees the draft."
            errors={errors?.rationale}
          >
            {(props) => (
              <textarea
                rows={6}
                maxLength={MAX_DRAFT_TEXT}
                defaultValue={values.rationale ?? ''}
                {...props}
                className={cn(props.className, 'py-2')}
              />
            )}
          </Field>

          <Field
            idPrefix="position"
            name="proposedWording"
            label="Proposed wording (optional)"
            hint="Text your delegation would like to see in the Compact."
            errors={errors?.proposedWording}
          >
            {(props) => (
              <textarea
                rows={4}
                maxLength={MAX_DRAFT_TEXT}
                defaultValue={values.proposedWording ?? ''}
                {...props}
                className={cn(props.className, 'py-2')}
              />
            )}
          </Field>
        </>
      )}
    />
  )
}
