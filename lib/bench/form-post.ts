/**
 * Posting a server action's form as a browser without JavaScript does: the
 * form's hidden fields (React's action reference among them) and its inputs,
 * as multipart/form-data. The answer is the page rendered after the action,
 * so a save is measured with what the person then sees.
 */
export const decodeEntities = (text: string) =>
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
    .map(
      (input) =>
        [decodeEntities(/name="([^"]*)"/.exec(input)?.[1] ?? ''), decodeEntities(/value="([^"]*)"/.exec(input)?.[1] ?? '')] as [
          string,
          string,
        ],
    )
    .filter(([name]) => name !== '')
}

export const MULTIPART_BOUNDARY = '----gfmd-bench-boundary-7f3a'

export function multipartBody(fields: [string, string][]): string {
  const parts = fields.map(
    ([name, value]) => `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  )
  return `${parts.join('')}--${MULTIPART_BOUNDARY}--\r\n`
}

/**
 * A save of the item page's position form, posted as a browser without JavaScript posts it: the form's hidden
 * fields with the item and the version the save builds on (blank for a first draft), a stance and the rationale.
 */
export function positionSavePost(options: {
  baseUrl: string
  cookie: string
  hiddenFields: [string, string][]
  itemCode: string
  baseVersion: number | null
  rationale: string
}): FormPost {
  const fields = options.hiddenFields.map(([name, value]): [string, string] => [
    name,
    name === 'itemCode'
      ? options.itemCode
      : name === 'baseVersion'
        ? options.baseVersion === null
          ? ''
          : String(options.baseVersion)
        : value,
  ])
  return itemPagePost(options, [
    ...fields,
    ['stance', 'support_with_amendments'],
    ['rationale', options.rationale],
    ['proposedWording', ''],
  ])
}

/**
 * A new comment posted through the item page's comment form, as a browser without JavaScript posts it: the form's
 * hidden fields (`hiddenFieldsOfForm(html, 'body')`: the action, its state, the item), the text and the level.
 */
export function commentPost(options: {
  baseUrl: string
  cookie: string
  hiddenFields: [string, string][]
  itemCode: string
  body: string
  visibility: 'delegation' | 'delegation_and_secretariat' | 'all_participants'
}): FormPost {
  return itemPagePost(options, [...options.hiddenFields, ['body', options.body], ['visibility', options.visibility]])
}

type FormPost = { method: 'POST'; path: string; headers: Record<string, string>; body: string }

/** A form of the item page, posted to it with the person's session. */
function itemPagePost(to: { baseUrl: string; cookie: string; itemCode: string }, fields: [string, string][]): FormPost {
  return {
    method: 'POST',
    path: `/catalogue/${to.itemCode}`,
    headers: {
      cookie: to.cookie,
      // Next.js checks a server action's origin against the host.
      origin: to.baseUrl,
      'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`,
    },
    body: multipartBody(fields),
  }
}
