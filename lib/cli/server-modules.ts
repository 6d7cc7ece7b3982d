/**
 * The command-line tools (the seed) run domain modules that carry the
 * 'server-only' marker. The marker guards Next's client bundles; outside Next
 * the package throws on import, so the CLI maps it to its empty module (as
 * Next's server build and the test runner do) before importing such modules.
 */
import { register } from 'node:module'

const hook = `export async function resolve(specifier, context, next) {
  return specifier === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(specifier, context)
}`

let isRegistered = false

/** Call before a dynamic import of modules marked 'server-only'. */
export async function allowServerOnlyModules(): Promise<void> {
  if (isRegistered) return
  isRegistered = true
  try {
    await import('server-only')
  } catch {
    register(`data:text/javascript,${encodeURIComponent(hook)}`)
  }
}
