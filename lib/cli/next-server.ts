/**
 * Running Next.js from the command-line tools (`npm start`, `npm run bench`):
 * building when the build is missing or stale, serving, waiting until it answers.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { computeSourceHash, isBuildCurrent, recordBuild } from './build-stamp'
import { log } from './run'

const NEXT_BIN = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next')

const REFUSE_UNSUPPORTED_METHODS = path.join(process.cwd(), 'lib', 'cli', 'refuse-unsupported-methods.mjs')
const ADMISSION_CONTROL = path.join(process.cwd(), 'lib', 'cli', 'admission-control.mjs')
const GRACEFUL_SHUTDOWN = path.join(process.cwd(), 'lib', 'cli', 'graceful-shutdown.mjs')

/**
 * The production server's old generation is capped at 1.5 GB. Without a cap on a machine this size (24 GB), V8 lets the
 * heap grow to up to four times what survived its last collection (its growing factor for large limits), so resident
 * memory is mostly garbage: the item pages and each consolidated export in turn peaked at 750 MB. Under a 1.5 GB cap
 * the factor is about 1.8 and the same run peaks at 460 MB (BENCHMARKS.md), with room for several exports at once
 * (an export keeps about 50 MB of heap live). A cap the operator sets in NODE_OPTIONS wins.
 */
const HEAP_CAP = '--max-old-space-size=1536'

function nodeFlags(command: string | undefined, env: NodeJS.ProcessEnv): string[] {
  return command === 'start' && !env.NODE_OPTIONS?.includes('--max-old-space-size') ? [HEAP_CAP] : []
}

export function runNext(args: string[], env: NodeJS.ProcessEnv, detached: boolean): ChildProcess {
  // Its own process group, so stopping the group also stops next-server's workers.
  // The server admits requests up to its concurrency (503 past the queue), and refuses TRACE itself (Next would
  // answer it with a 500); loaded in that order, the TRACE refusal comes first and takes no slot.
  // The production server drains its requests and closes the pool on SIGTERM (the dev server keeps Next's own handling).
  const preload =
    args[0] === 'build'
      ? []
      : [ADMISSION_CONTROL, REFUSE_UNSUPPORTED_METHODS, ...(args[0] === 'start' ? [GRACEFUL_SHUTDOWN] : [])].flatMap((file) => [
          '--import',
          pathToFileURL(file).href,
        ])
  return spawn(process.execPath, [...nodeFlags(args[0], env), ...preload, NEXT_BIN, ...args], { env, stdio: 'inherit', detached })
}

export function waitForExit(child: ChildProcess): Promise<number> {
  // A child killed by a signal has no exit code, only a signal code.
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? 1)
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))))
}

export async function buildIfStale(env: NodeJS.ProcessEnv, command = 'npm start'): Promise<void> {
  const sourceHash = computeSourceHash()
  if (isBuildCurrent(sourceHash)) {
    log('The production build is current.')
    return
  }
  log('Building the app (next build) …')
  const code = await waitForExit(runNext(['build'], env, false))
  if (code !== 0) throw new Error(`\`next build\` failed; its output is above. Fix the error and run \`${command}\` again.`)
  recordBuild(sourceHash)
}

export async function waitUntilServing(url: string, server: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline && server.exitCode === null) {
    try {
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) })
      return true
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
  }
  return false
}
