/**
 * The benchmark's output: a table per task on the console, and the same numbers as JSON.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import type { ModelConfig } from '../../src/engine/model/config';
import type { BenchOptions } from './options';
import type { TaskResult } from './types';

const milliseconds = (ms: number) => `${ms.toFixed(3)} ms`;

/** GFLOP/s, and the share of the ceiling it reaches when the ceiling was measured. */
function speed(gflops: number | undefined, ceiling: number | undefined): string {
  if (gflops === undefined) return '';
  const share = ceiling ? ` (${Math.round((100 * gflops) / ceiling)}% of ceiling)` : '';
  return `  ${gflops.toFixed(2).padStart(6)} GFLOP/s${share}`;
}

export function formatReport(results: readonly TaskResult[]): string {
  const lines: string[] = [];
  const runnerWidth = Math.max(...results.flatMap((r) => r.cases.map((c) => c.runner.length)));
  const ceilingCases = results.find((r) => r.ceiling)?.cases ?? [];
  const ceiling = Math.max(0, ...ceilingCases.map((c) => c.gflops ?? 0)) || undefined;
  for (const result of results) {
    lines.push('', result.name);
    lines.push(
      `  ${'runner'.padEnd(runnerWidth)}  ${'median'.padStart(11)}  ${'p90'.padStart(11)}  × engine  achieved`,
    );
    for (const c of result.cases) {
      lines.push(
        `  ${c.runner.padEnd(runnerWidth)}  ${milliseconds(c.medianMs).padStart(11)}  ` +
          `${milliseconds(c.p90Ms).padStart(11)}  ${c.ratio.toFixed(2).padStart(7)}` +
          speed(c.gflops, result.ceiling ? undefined : ceiling),
      );
    }
  }
  lines.push('', 'budgets');
  for (const budget of results.flatMap((r) => r.budgets)) {
    lines.push(
      `  ${budget.pass ? 'PASS' : 'MISS'}  ${budget.label}: ` +
        `${budget.speedup.toFixed(1)}× faster, needs ${budget.factor}×`,
    );
  }
  return lines.join('\n');
}

export async function writeReport(
  path: string,
  results: readonly TaskResult[],
  context: { config: ModelConfig; options: BenchOptions },
): Promise<void> {
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    ...context,
    tasks: results,
  };
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
