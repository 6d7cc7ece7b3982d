/**
 * The Chromium the end-to-end tests drive, the first found of: the one named
 * by E2E_CHROMIUM; the system's (Debian's /usr/bin/chromium, which CI
 * installs); Playwright's own (`npx playwright install chromium`); and the
 * one that `npm install` brings with @sparticuz/chromium, so a fresh machine
 * needs nothing but npm to run `npm test`.
 */
import { existsSync } from 'node:fs'

import { chromium } from '@playwright/test'

export type ChromiumChoice = { source: string; executablePath?: string; args: string[] }

// No background traffic: these machines reach only the package registries, and refuse the rest many times over.
const quietFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  if (env.E2E_CHROMIUM) return { source: 'E2E_CHROMIUM', executablePath: env.E2E_CHROMIUM, args: quietFlags }
  const system = systemPaths.find((path) => existsSync(path))
  if (system) return { source: 'the system', executablePath: system, args: quietFlags }
  if (existsSync(chromium.executablePath())) return { source: 'Playwright', args: quietFlags }
  // It unpacks itself into /tmp on first use. Its own flags are for serverless hosts (one process, web security
  // off): a browser under test runs as a desktop one does, which is how it passed the whole suite here.
  const { default: sparticuz } = await import('@sparticuz/chromium')
  return { source: '@sparticuz/chromium', executablePath: await sparticuz.executablePath(), args: quietFlags }
}
