import { describe, expect, it } from 'vitest'

import { readSaveAnswer } from './writers'

const form = (baseVersion: string) =>
  `<form action=""><input type="hidden" name="itemCode" value="E-16.01"/><input type="hidden" name="baseVersion" value="${baseVersion}"/><select name="stance"></select></form>`

describe('reading the page a save brings back', () => {
  it('reads a save, with its version', () => {
    expect(readSaveAnswer(200, `<div role="status">Draft saved as version 7.</div>${form('7')}`)).toEqual({ kind: 'saved', version: 7 })
  })

  it('reads a conflict, with the version the form now holds', () => {
    const html = `<div role="alert"><p class="font-semibold">Someone else saved this position after you opened it.</p></div>${form('12')}`
    expect(readSaveAnswer(200, html)).toEqual({ kind: 'conflict', currentVersion: 12 })
  })

  it('reads another message as a refusal, with its words, and a 5xx as a server error', () => {
    const html = `<div role="alert"><p>Something went wrong on our side; nothing was saved. Please try again.</p></div>${form('3')}`
    expect(readSaveAnswer(200, html)).toEqual({
      kind: 'refused',
      message: 'HTTP 200: Something went wrong on our side; nothing was saved. Please try again.',
    })
    expect(readSaveAnswer(500, 'Internal Server Error')).toEqual({ kind: 'server-error' })
  })
})
