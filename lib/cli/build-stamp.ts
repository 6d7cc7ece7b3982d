/**
 * Whether the production build in .next matches the sources: a content hash of
 * everything the build reads, stored next to the build. Content, not mtimes,
 * because a fresh clone gives every file a new mtime.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const SOURCE_DIRS = ['app', 'components', 'lib', 'public', 'prisma']
const SOURCE_FILES = ['next.config.ts', 'package-lock.json', 'tsconfig.json', 'postcss.config.mjs']
const SKIPPED = new Set(['node_modules', '.next', 'migrations'])
const STAMP_FILE = path.join('.next', 'gfmd-build-stamp')

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return []
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}

export function computeSourceHash(root = process.cwd()): string {
  const hash = createHash('sha256')
  const files = [...SOURCE_DIRS.flatMap((dir) => listFiles(path.join(root, dir))), ...SOURCE_FILES.map((file) => path.join(root, file))]
  for (const file of files.filter((candidate) => existsSync(candidate)).sort()) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

export function isBuildCurrent(sourceHash: string): boolean {
  return existsSync(path.join('.next', 'BUILD_ID')) && existsSync(STAMP_FILE) && readFileSync(STAMP_FILE, 'utf8') === sourceHash
}

export function recordBuild(sourceHash: string): void {
  writeFileSync(STAMP_FILE, sourceHash)
}
