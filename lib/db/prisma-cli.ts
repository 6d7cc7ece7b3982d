/** Runs Prisma's CLI (offline, WebAssembly schema engine) against one database. */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export type PrismaCliFailure = { code?: number; stdout: string; stderr: string }

export async function runPrismaCli(args: string[], databaseUrl: string): Promise<string> {
  const root = process.cwd()
  try {
    const { stdout } = await run(
      process.execPath,
      [
        '--require',
        path.join(root, 'lib', 'db', 'prisma-cli-preload.cjs'),
        path.join(root, 'node_modules', 'prisma', 'build', 'index.js'),
        ...args,
      ],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
        timeout: 180_000,
        maxBuffer: 64 * 1024 * 1024,
      },
    )
    return stdout
  } catch (error) {
    const { code, stdout = '', stderr = '' } = error as { code?: number; stdout?: string; stderr?: string }
    throw { code, stdout, stderr } satisfies PrismaCliFailure
  }
}
