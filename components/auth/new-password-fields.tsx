import { TextField } from './text-field'

type NewPasswordFieldsProps = {
  /** The new password's field name, as the form's schema calls it. */
  name: string
  label: string
  confirmLabel: string
  minLength: number
  fieldErrors?: Record<string, string[]>
}

/** A new password and its confirmation (`confirmPassword`), with the advice on length. */
export function NewPasswordFields({ name, label, confirmLabel, minLength, fieldErrors }: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        name={name}
        label={label}
        type="password"
        autoComplete="new-password"
        hint={`At least ${minLength} characters. A few unrelated words make a long password that is easy to remember.`}
        required
        errors={fieldErrors?.[name]}
      />
      <TextField
        name="confirmPassword"
        label={confirmLabel}
        type="password"
        autoComplete="new-password"
        required
        errors={fieldErrors?.confirmPassword}
      />
    </>
  )
}
