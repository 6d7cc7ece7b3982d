/**
 * Posting a server action's form as a browser without JavaScript does: the
 * form's hidden fields (React's action reference among them) and its inputs,
 * as multipart/form-data. The answer is the page rendered after the action,
 * so a save is measured with what the person then sees.
 */
const decode = (text: string) =>
  text.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')

/** The hidden fields of the first form in `html` that has an input named `marker`. */
export function hiddenFieldsOfForm(html: string, marker: string): [string, string][] {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)]
    .map((match) => match[0])
    .find((candidate) => candidate.includes(`name="${marker}"`))
  if (!form) throw new Error(`No form with a field named ${marker} on the page.`)
  return [...form.matchAll(/<input\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((input) => /type="hidden"/.test(input))
    .map((input) => [decode(/name="([^"]*)"/.exec(input)?.[1] ?? ''), decode(/value="([^"]*)"/.exec(input)?.[1] ?? '')] as [string, string])
    .filter(([name]) => name !== '')
}

export const MULTIPART_BOUNDARY = '----gfmd-bench-boundary-7f3a'

export function multipartBody(fields: [string, string][]): string {
  const parts = fields.map(
    ([name, value]) => `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  )
  return `${parts.join('')}--${MULTIPART_BOUNDARY}--\r\n`
}
