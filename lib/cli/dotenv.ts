/**
 * Command-line tools read .env and .env.local like Next.js does for the app,
 * without overriding variables already set.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

export function loadDotEnvFiles(root: string = process.cwd()): void {
  for (const file of ['.env.local', '.env']) {
    const fullPath = path.join(root, file)
    if (existsSync(fullPath)) process.loadEnvFile(fullPath)
  }
}
