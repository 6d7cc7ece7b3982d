import { defineConfig, devices } from '@playwright/test'

import { resolveChromium } from './e2e/support/chromium'
import { OIDC_STUB } from './e2e/support/oidc-stub-issuer'

const port = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://localhost:${port}`
// One database per run, named once here; workers inherit the variable.
process.env.E2E_DATABASE ??= `gfmd_e2e_${Date.now()}`

// See e2e/support/chromium.ts for the order; the first found is used.
const browser = await resolveChromium()
const launchOptions = { executablePath: browser.executablePath, args: browser.args }
if (!process.env.TEST_WORKER_INDEX)
  console.log(`Chromium: ${browser.source}${browser.executablePath ? ` (${browser.executablePath})` : ''}`)

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // Every visited page is audited by axe after the steps, inside the test's time; busy machines need the margin.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalTeardown: './e2e/global-teardown.ts',
  use: {
    baseURL,
    // A fresh connection per request: Playwright's API requests (page.request) reuse a kept-alive socket past the
    // server's 5 s keep-alive timeout and then fail with ECONNRESET (microsoft/playwright#42698).
    extraHTTPHeaders: { Connection: 'close' },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: [
    {
      // An OpenID Connect issuer for the organisation sign-in specs.
      command: 'npx tsx e2e/support/oidc-stub-issuer.ts',
      url: `http://127.0.0.1:${OIDC_STUB.port}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      // The production build, served by the same command users run.
      command: `npx tsx lib/cli/start.ts --database ${process.env.E2E_DATABASE}`,
      url: `${baseURL}/api/health`,
      env: {
        PORT: String(port),
        // Specs write the inputs they check; the demo delegations' own would be in their counts.
        DEMO_INPUTS: 'off',
        OIDC_ISSUER: `http://127.0.0.1:${OIDC_STUB.port}`,
        OIDC_CLIENT_ID: OIDC_STUB.clientId,
        OIDC_CLIENT_SECRET: OIDC_STUB.clientSecret,
        OIDC_NAME: OIDC_STUB.name,
      },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    },
  ],
})
