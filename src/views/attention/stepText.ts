/**
 * What each step of the step-through says, in words, with this model's numbers, and the post's
 * own example numbers (two words, "Thinking Machines") to set beside them.
 */
import { PAPER_CONFIG, headSize } from '../../engine';
import type { Catalogue } from '../../i18n';
import { describeStrongest, strongestKeys } from './describeWeights';
import type { AttentionStepData } from './attentionSteps';

const PAPER_HEAD_SIZE = headSize(PAPER_CONFIG);

/** The explanation of step `step` (0-based; step 0 is written by its own panel). */
export function stepExplanation(
  step: number,
  data: AttentionStepData,
  tokens: readonly string[],
  text: Catalogue['attention'],
): string {
  const word = tokens[data.query];
  switch (step) {
    case 1:
      return text.stepScore(word);
    case 2:
      return text.stepScale(
        data.headSize,
        text.root(Math.sqrt(data.headSize), 2),
        Math.sqrt(PAPER_HEAD_SIZE),
        PAPER_HEAD_SIZE,
      );
    case 3:
      return text.stepSoftmax(
        word,
        describeStrongest(strongestKeys(data.weights, tokens, 2), text, 'weights'),
      );
    case 4:
      return text.stepWeigh;
    default:
      return text.stepSum(word, data.head + 1);
  }
}

/** The post's example numbers up to step `step`. */
export function postNumbers(step: number, text: Catalogue['attention']): string {
  if (step === 0) return text.postQkv;
  if (step <= 3) return text.postChain(step);
  if (step === 4) return text.postWeigh;
  return text.postSum;
}
