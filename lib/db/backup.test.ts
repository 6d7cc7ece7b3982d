import { describe, expect, it } from 'vitest'

import { orderByForeignKeys } from './backup'

describe('orderByForeignKeys', () => {
  it('puts every table after the tables it references, ties by name', () => {
    const order = orderByForeignKeys(
      ['SubmissionFile', 'Submission', 'User', 'Delegation', 'Item'],
      [
        { table: 'SubmissionFile', references: 'Submission' },
        { table: 'Submission', references: 'Delegation' },
        { table: 'Submission', references: 'User' },
        { table: 'User', references: 'Delegation' },
      ],
    )
    expect(order).toEqual(['Delegation', 'Item', 'User', 'Submission', 'SubmissionFile'])
  })

  it('ignores self-references and puts tables on a cycle last, by name', () => {
    const order = orderByForeignKeys(
      ['Comment', 'B', 'A', 'Item'],
      [
        { table: 'Comment', references: 'Comment' },
        { table: 'Comment', references: 'Item' },
        { table: 'A', references: 'B' },
        { table: 'B', references: 'A' },
      ],
    )
    expect(order).toEqual(['Item', 'Comment', 'A', 'B'])
  })
})
