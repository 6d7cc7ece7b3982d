/**
 * Raw SQL stays parameterised (issue 12, "Injection"): Prisma's tagged
 * `$queryRaw`/`$executeRaw` and `Prisma.sql` send every `${value}` as a bind
 * parameter, but the `…Unsafe` forms send their text as it is, so a template
 * interpolated into one would splice a value into the SQL. This test reads
 * every source file under lib/ and app/ and fails on such a call; outside
 * tests it fails on any `…Unsafe` call at all.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.join(import.meta.dirname, '..', '..')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sourceFiles(full)
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [full] : []
  })
}

const UNSAFE_CALL = /\$(?:queryRawUnsafe|executeRawUnsafe)\b/g

/** Where the call's first argument starts: after the optional type argument `<…>` and the `(`. */
function firstArgumentAt(source: string, from: number): number {
  let index = from
  if (source[index] === '<') {
    let depth = 0
    for (; index < source.length; index += 1) {
      if (source[index] === '<') depth += 1
      else if (source[index] === '>' && source[index - 1] !== '=' && --depth === 0) break
    }
    index += 1
  }
  if (source[index] !== '(') return -1
  index += 1
  while (/\s/.test(source[index] ?? '')) index += 1
  return index
}

/** The template literal starting at `start` (a backtick), to its closing backtick. */
function templateAt(source: string, start: number): string {
  let depth = 0
  for (let index = start + 1; index < source.length; index += 1) {
    const char = source[index]
    if (char === '\\') index += 1
    else if (char === '$' && source[index + 1] === '{') depth += 1
    else if (char === '}' && depth > 0) depth -= 1
    else if (char === '`' && depth === 0) return source.slice(start, index + 1)
  }
  return source.slice(start)
}

export type UnsafeCall = { line: number; call: string; problem: string }

/** The `…Unsafe` calls of a source text that could splice a value into SQL. */
export function unsafeRawSql(source: string, isTest: boolean): UnsafeCall[] {
  const found: UnsafeCall[] = []
  for (const match of source.matchAll(UNSAFE_CALL)) {
    const line = source.slice(0, match.index).split('\n').length
    const call = source.slice(match.index, source.indexOf('\n', match.index))
    if (!isTest) {
      found.push({ line, call, problem: 'an …Unsafe call outside tests: use the tagged $queryRaw / $executeRaw' })
      continue
    }
    const start = firstArgumentAt(source, match.index + match[0].length)
    if (start >= 0 && source[start] === '`' && templateAt(source, start).includes('${'))
      found.push({ line, call, problem: 'a template with ${…} in an …Unsafe call: pass values as $1, $2 parameters, or use Prisma.sql' })
  }
  return found
}

describe('raw SQL', () => {
  const files = [...sourceFiles(path.join(root, 'lib')), ...sourceFiles(path.join(root, 'app')), path.join(root, 'proxy.ts')]

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(100)
  })

  it('is parameterised everywhere under lib/ and app/', () => {
    const problems = files.flatMap((file) => {
      const relative = path.relative(root, file)
      // This file names the calls it looks for.
      if (relative === path.join('lib', 'db', 'raw-sql.test.ts')) return []
      const isTest = /\.test\.tsx?$/.test(file)
      return unsafeRawSql(readFileSync(file, 'utf8'), isTest).map(
        ({ line, call, problem }) => `${relative}:${line} ${problem}: ${call.trim()}`,
      )
    })
    expect(problems).toEqual([])
  })

  it('catches the calls it is there to catch, and lets parameterised ones pass', () => {
    const tick = '`'
    const spliced = `await db.$executeRawUnsafe(${tick}DELETE FROM "Comment" WHERE id = '\${id}'${tick})`
    const typed = `db.$queryRawUnsafe<{ id: string }[]>(${tick}SELECT id FROM \${table}${tick}, id)`
    const parameterised = `await db.$executeRawUnsafe('DELETE FROM "Comment" WHERE id = $1', id)`
    const tagged = `await db.$queryRaw${tick}SELECT id FROM "Comment" WHERE id = \${id}${tick}`
    expect(unsafeRawSql(spliced, true)).toHaveLength(1)
    expect(unsafeRawSql(typed, true)).toHaveLength(1)
    expect(unsafeRawSql(parameterised, true)).toEqual([])
    expect(unsafeRawSql(parameterised, false)).toHaveLength(1)
    expect(unsafeRawSql(tagged, false)).toEqual([])
  })
})
