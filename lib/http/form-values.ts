/**
 * What a form sent, as the values to show it with again: the server sends
 * them back with a refusal (formAction), the browser keeps them when the
 * server could not be reached (useFormActionState). Passwords never travel
 * back, nor React's own `$ACTION_…` fields.
 */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.toLowerCase().includes('password') && !key.startsWith('$')) values[key] = value
  }
  return values
}
