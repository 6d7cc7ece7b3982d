/**
 * The app as `npm start` runs it, in a child process, for tests that stop and
 * kill it: its own embedded PostgreSQL in a temporary folder, free ports, and
 * the processes it is made of (start.ts, the Next server, the postmaster).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A temporary folder for an embedded server's data (`dataDir`, not created yet); remove `parent` afterwards. */
export function createDataFolder(prefix: string): { parent: string; dataDir: string } {
  const parent = mkdtempSync(path.join(tmpdir(), prefix))
  // As root, postgres runs as the `postgres` user, which must reach the folder.
  chmodSync(parent, 0o755)
  return { parent, dataDir: path.join(parent, 'postgres') }
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export async function waitUntilGone(pids: number[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (pids.some(isAlive)) {
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return true
}

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (command) state ppid …"; the command may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return null
  }
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
  } catch {
    return ''
  }
}

/** Every living process below `pid`, by /proc (Linux). */
export function descendantsOf(pid: number): number[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
  const found: number[] = []
  let frontier = [pid]
  while (frontier.length > 0) {
    const children = all.filter((candidate) => frontier.includes(parentOf(candidate) ?? -1))
    found.push(...children)
    frontier = children
  }
  return found
}

export type AppProcess = {
  url: string
  /** `npm start`, the command users run. */
  process: ChildProcess
  /** start.ts, below npm and its shell. */
  startPid: number
  /** The Next.js server (`next start`), leader of its own process group. */
  appServerPid: number
  /** The embedded server's postmaster and its backends at the time of asking. */
  postmasterPid: number
  output: () => string
  exited: Promise<number | null>
}

export type AppSettings = { dataDir: string; appPort: number; postgresPort: number; env?: Record<string, string> }

/** Runs `npm start` and resolves once the app says it is ready. */
export async function startApp(settings: AppSettings, timeoutMs = 300_000): Promise<AppProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // The test run's own database and mode are not the app's (spawn leaves out what is undefined).
    DATABASE_URL: undefined,
    NODE_ENV: undefined as unknown as NodeJS.ProcessEnv['NODE_ENV'],
    PORT: String(settings.appPort),
    EMBEDDED_POSTGRES_PORT: String(settings.postgresPort),
    EMBEDDED_POSTGRES_DIR: settings.dataDir,
    DEMO_INPUTS: 'off',
    ...settings.env,
  }
  const child = spawn('npm', ['start', '--silent'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => void (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => void (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = `http://localhost:${settings.appPort}`
  const deadline = Date.now() + timeoutMs
  while (!output.includes(`is ready at ${url}`)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`The app did not start (exit code ${child.exitCode}). It said:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const descendants = descendantsOf(child.pid!)
  // The shell's command line names start.ts too; node's starts with node.
  const startPid = descendants.find((pid) => /^(\S*\/)?node .*lib\/cli\/start\.ts/.test(commandLineOf(pid)))
  // Next names its process "next-server (v16…)" once it runs.
  const appServerPid = descendants.find((pid) => /^next-server|next\/dist\/bin\/next start/.test(commandLineOf(pid)))
  const pidFile = path.join(settings.dataDir, 'postmaster.pid')
  if (!startPid || !appServerPid || !existsSync(pidFile)) {
    child.kill('SIGTERM')
    await exited
    throw new Error(`The app's processes were not found. It said:\n${output}`)
  }
  return {
    url,
    process: child,
    startPid,
    appServerPid,
    postmasterPid: Number(readFileSync(pidFile, 'utf8').split('\n')[0]),
    output: () => output,
    exited,
  }
}
