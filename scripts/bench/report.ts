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

export function formatReport(results: readonly TaskResult[]): string {
  const lines: string[] = [];
  const runnerWidth = Math.max(...results.flatMap((r) => r.cases.map((c) => c.runner.length)));
  for (const result of results) {
    lines.push('', result.name);
    lines.push(
      `  ${'runner'.padEnd(runnerWidth)}  ${'median'.padStart(11)}  ${'p90'.padStart(11)}  × engine`,
    );
    for (const c of result.cases) {
      lines.push(
        `  ${c.runner.padEnd(runnerWidth)}  ${milliseconds(c.medianMs).padStart(11)}  ` +
          `${milliseconds(c.p90Ms).padStart(11)}  ${c.ratio.toFixed(2).padStart(7)}`,
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
