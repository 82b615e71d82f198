import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium.mjs';

const port = 4173;

/**
 * Browser tests run against the production build served by `vite preview`, in the system's
 * Chromium (nothing is downloaded). `npm test` builds first; see scripts/test-all.mjs.
 */
export default defineConfig({
  testDir: 'test/e2e',
  // Sized for a 2-core machine busy with other work: a first translation there may take seconds,
  // so no wait for real work uses the default 5 s of expect.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Tests add their own styles to the page (addStyleTag), which the page's content policy
    // refuses; content-policy.spec.ts turns this off and checks the policy itself.
    bypassCSP: true,
    launchOptions: {
      executablePath: chromiumPath() ?? undefined,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
