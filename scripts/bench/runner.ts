/**
 * Runs every case of every task in turn, one at a time, so no two compete for the CPU, and
 * checks each task's budgets on the medians.
 */
import { measure } from './measure';
import type { BenchOptions } from './options';
import type { BenchTask, BudgetResult, CaseResult, TaskResult } from './types';

async function runTask(task: BenchTask, options: BenchOptions): Promise<TaskResult> {
  const timings: { runner: string; medianMs: number; p90Ms: number; gflops?: number }[] = [];
  for (const benchCase of task.cases) {
    const prepared = await benchCase.prepare();
    try {
      const timing = measure(prepared.run, options.warmup, options.iterations);
      // FLOPs per millisecond ÷ 1e6 = GFLOP/s.
      const gflops = benchCase.flops && benchCase.flops / timing.medianMs / 1e6;
      timings.push({ runner: benchCase.runner, ...timing, ...(gflops ? { gflops } : {}) });
    } finally {
      prepared.dispose?.();
    }
  }

  const baseline = timings[0].medianMs;
  const cases: CaseResult[] = timings.map((t) => ({ ...t, ratio: t.medianMs / baseline }));
  const medianOf = (runner: string) => {
    const found = timings.find((t) => t.runner === runner);
    if (!found) throw new Error(`task "${task.name}" has no case run by "${runner}"`);
    return found.medianMs;
  };
  const budgets: BudgetResult[] = task.budgets.map((budget) => {
    const faster = medianOf(budget.faster);
    const slower = medianOf(budget.slower);
    return {
      label: budget.label,
      pass: faster * budget.factor <= slower,
      factor: budget.factor,
      speedup: slower / faster,
    };
  });
  return { name: task.name, ...(task.ceiling ? { ceiling: true } : {}), cases, budgets };
}

export async function runTasks(
  tasks: readonly BenchTask[],
  options: BenchOptions,
): Promise<TaskResult[]> {
  const results: TaskResult[] = [];
  for (const task of tasks) results.push(await runTask(task, options));
  return results;
}
