/**
 * `npm test`: every test the project has, in one command.
 *   1. Vitest: unit, component and worker tests (jsdom / node).
 *   2. A production build, then Playwright: browser tests in headless Chromium.
 * Each runner writes a JSON report in test-reports/ (Playwright empties test-results/ as it starts,
 * so the reports live apart from it); the last line printed is
 * `N passed, N failed`, summed over both, so a run that tested nothing is plain to see.
 * Without Chromium the browser tests cannot run: said loudly, and a failure under CI=true.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';
import { summarize } from './test-summary.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (command, args) => spawnSync(bin(command), args, { stdio: 'inherit' }).status ?? 1;

rmSync('test-reports', { recursive: true, force: true });
mkdirSync('test-reports', { recursive: true });

let failedSteps = 0;
failedSteps +=
  run('vitest', [
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-reports/vitest.json',
  ]) === 0
    ? 0
    : 1;

if (chromiumPath()) {
  failedSteps += run('vite', ['build', '--logLevel', 'warn']) === 0 ? 0 : 1;
  failedSteps += run('playwright', ['test']) === 0 ? 0 : 1;
} else {
  const banner = '!'.repeat(78);
  console.error(`\n${banner}\n  NO CHROMIUM FOUND: the browser tests did not run.`);
  console.error('  Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set');
  console.error(
    `  CHROMIUM_PATH to a Chromium or Chrome executable, then run npm test again.\n${banner}\n`,
  );
  if (process.env.CI === 'true') failedSteps += 1;
}

const { passed, failed } = summarize('test-reports');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps > 0 || failed > 0 || passed === 0 ? 1 : 0);
