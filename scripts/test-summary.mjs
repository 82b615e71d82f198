/**
 * Sums passed and failed tests over the JSON reports that Vitest and Playwright write, so CI
 * reads one closing line, `N passed, N failed`. Run directly, it prints that line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function vitestCounts(report) {
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}

function playwrightCounts(report) {
  const stats = report.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
}

export function summarize(folder) {
  const total = { passed: 0, failed: 0 };
  const reports = [
    ['vitest.json', vitestCounts],
    ['playwright.json', playwrightCounts],
  ];
  for (const [file, count] of reports) {
    const path = join(folder, file);
    if (!existsSync(path)) continue;
    const { passed, failed } = count(JSON.parse(readFileSync(path, 'utf8')));
    total.passed += passed;
    total.failed += failed;
  }
  return total;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { passed, failed } = summarize(process.argv[2] ?? 'test-reports');
  console.log(`${passed} passed, ${failed} failed`);
}
