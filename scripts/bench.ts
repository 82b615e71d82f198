/**
 * `npm run bench [-- --iterations N] [--only TASK]`: the engine and tfjs (cpu and wasm backends) on the same
 * model and sentence, side by side in one run. Prints median and p90 per case, the speed each
 * reaches in GFLOP/s beside plain JavaScript's ceiling (a 256 × 256 product, measured first), and
 * whether the budgets of the design hold; a miss is reported, never a failure. Writes
 * .bench/latest.json.
 *
 * A new task is a file in scripts/bench/ exporting a BenchTask, plus one line in `tasks` below.
 */
import { attributionTask } from './bench/attribution';
import { benchFixture } from './bench/fixture';
import { ceilingTask } from './bench/ceiling';
import { forwardTask } from './bench/forward';
import { greedyTask } from './bench/greedy';
import { parseOptions } from './bench/options';
import { formatReport, writeReport } from './bench/report';
import { runTasks } from './bench/runner';
import { trainingStepTask } from './bench/trainingStep';
import { trainingStepsTask } from './bench/trainingSteps';

const options = parseOptions(process.argv.slice(2));
const fixture = benchFixture();
const tasks = [
  ceilingTask(),
  forwardTask(fixture),
  greedyTask(fixture),
  attributionTask(),
  trainingStepTask(),
  trainingStepsTask(),
].filter((task) => task.name.includes(options.only));
if (tasks.length === 0) throw new Error(`no benchmark task's name contains "${options.only}"`);

console.log(
  `model: d_model ${fixture.config.dModel}, ${fixture.config.heads} heads, d_ff ${fixture.config.dFF}, ` +
    `${fixture.config.encoderLayers}+${fixture.config.decoderLayers} layers; ` +
    `source ${fixture.srcIds.length} and target ${fixture.tgtInputIds.length} tokens; ` +
    `${options.warmup} warm-up and ${options.iterations} timed calls per case`,
);
const results = await runTasks(tasks, options);
console.log(formatReport(results));
await writeReport('.bench/latest.json', results, { config: fixture.config, options });
console.log('\nwritten to .bench/latest.json');
