/** English for why lab settings cannot be trained: the page's, and the training worker's. */
import type { ChosenSetting, RangedSetting, SettingsProblem } from '../../training/settingsProblem';

const SETTINGS: Record<ChosenSetting | RangedSetting, string> = {
  dModel: 'd_model',
  heads: 'the number of heads',
  layers: 'the number of layers',
  batchSize: 'the batch size',
  learningRateScale: 'the learning-rate scale',
  warmupSteps: 'the warm-up',
  steps: 'the number of steps',
  seed: 'the seed',
  examples: 'the number of examples',
};

/** "the number of heads must be one of 1, 2, 4, 8, found 3". */
export function settingsProblem(problem: SettingsProblem): string {
  switch (problem.kind) {
    case 'notOneOf':
      return `${SETTINGS[problem.setting]} must be one of ${problem.choices.join(', ')}, found ${problem.value}`;
    case 'indivisible':
      return `d_model (${problem.dModel}) must divide evenly into ${problem.heads} heads`;
    case 'outOfRange':
      return `${SETTINGS[problem.setting]} must be ${problem.whole ? 'a whole number' : 'a number'} from ${problem.min} to ${problem.max}, found ${problem.value}`;
    case 'noTask':
      return `there is no task "${problem.found}"`;
    case 'direction':
      return `the direction must be en-fr or fr-en, found "${problem.found}"`;
    case 'symbols':
      return `the symbols must be digits or letters, found "${problem.found}"`;
    case 'lengths':
      return `the lengths must be whole numbers from ${problem.min} to ${problem.max}, the shortest first; found ${problem.shortest} to ${problem.longest}`;
  }
}
